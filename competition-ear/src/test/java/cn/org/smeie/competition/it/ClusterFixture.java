package cn.org.smeie.competition.it;

import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Test-only, in the archive the cluster's system tests deploy to both instances: sets up what a test needs
 * through the real boundaries (as the committee) and reads the batch jobs as the console's job page does.
 * Plain text, a line each, as the test's JVM reads it without a JSON binding.
 */
@Path("test-fixtures/cluster")
@Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
public class ClusterFixture {

    @Inject
    ReportJobs jobs;

    @Inject
    Judging judging;

    @Inject
    LiveFinals finals;

    /**
     * A team of the finals on stage: the round, the team, its judge (password {@link Caller#CHOSEN_PASSWORD}),
     * the judge's sheet and its version, and the round's criterion codes (comma-separated).
     */
    @POST
    @Path("finals")
    public String teamOnStage() {
        String[] onStage = FinalsFixture.teamOnStage(finals).split("\n");
        long round = Long.parseLong(onStage[0]);
        Caller.as(onStage[2], Caller.CHOSEN_PASSWORD);
        ScoreSheet sheet = judging.mySheets(round).get(0);
        String criteria = String.join(",", sheet.getRound().criterionCodes());
        Caller.signOut();
        return String.join("\n", onStage) + "\n" + sheet.getId() + "\n" + sheet.getVersion() + "\n" + criteria;
    }

    /**
     * An edition with confirmed finals (two prizes) whose certificates have been made: the edition, the job's
     * execution, the first prize's contact and the second prize's (password {@link Caller#CHOSEN_PASSWORD}).
     */
    @POST
    @Path("certificates")
    public String certificatesMade() throws InterruptedException {
        AfterFinals.Fixture fixture = AfterFinals.withConfirmedFinals();
        long execution = jobs.generateCertificates(fixture.editionId());
        // (JUnit is not in the archive: no assertion here)
        JobRun run = Jobs.ended(jobs, execution, Duration.ofMinutes(3));
        if (!"COMPLETED".equals(run.status())) {
            throw new IllegalStateException("the certificate job ended " + run);
        }
        Caller.signOut();
        return fixture.editionId() + "\n" + execution + "\n" + fixture.contacts().get(0) + "\n"
                + fixture.contacts().get(1);
    }

    /** 1,000 approved honours in a new track of the first edition, their certificates not yet made: the edition. */
    @POST
    @Path("honours")
    public String honours() {
        Honours.approved(1000);
        Caller.signOut();
        return Long.toString(FinalsTeams.firstEdition());
    }

    /** Starts the certificate job of an edition as the committee: its execution. */
    @POST
    @Path("certificates/{edition}/job")
    public String startCertificates(@PathParam("edition") long edition) {
        return asCommittee(() -> Long.toString(jobs.generateCertificates(edition)));
    }

    /** One execution as the console shows it: its status and the items its steps have read so far. */
    @GET
    @Path("runs/{execution}")
    public String run(@PathParam("execution") long execution) {
        return asCommittee(() -> line(jobs.run(execution)));
    }

    /** The newest executions of a job, a line each: id, status, items read, start (epoch milliseconds). */
    @GET
    @Path("runs")
    public String runs(@QueryParam("job") String job) {
        return asCommittee(() -> jobs.runs(job, 200).stream().map(ClusterFixture::line)
                .collect(Collectors.joining("\n")));
    }

    private static String asCommittee(Supplier<String> read) {
        Caller.asCommittee();
        try {
            return read.get();
        } finally {
            Caller.signOut();
        }
    }

    private static String line(JobRun run) {
        long read = run.steps().stream().mapToLong(JobRun.StepRun::itemsRead).sum();
        return run.executionId() + " " + run.status() + " " + read + " "
                + (run.started() == null ? 0 : run.started().toInstant().toEpochMilli());
    }
}
