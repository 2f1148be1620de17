package cn.org.smeie.competition.web.committee;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.reports.boundary.ReportSchedule;
import cn.org.smeie.competition.web.shared.Downloads;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The batch job page: for each job (the track directory export, the score aggregation) start it,
 * watch its executions and download the files it wrote.
 */
@Named
@ViewScoped
public class JobConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    /** A job as the page shows it: its name, the key of its texts, its newest executions. */
    public record JobPanel(String name, String key, List<JobRun> runs) implements Serializable {
    }

    @Inject
    ReportJobs jobs;

    @Inject
    Editions editions;

    @Inject
    ReportSchedule schedule;

    @Inject
    Feedback feedback;

    private List<JobPanel> panels;
    private ZonedDateTime nextRun;

    @PostConstruct
    void init() {
        nextRun = schedule.nextNightlyRun().orElse(null);
        refresh();
    }

    public void refresh() {
        panels = List.of(new JobPanel(ReportJobs.TRACK_DIRECTORY, "trackDirectory",
                        jobs.runs(ReportJobs.TRACK_DIRECTORY, SHOWN)),
                new JobPanel(ReportJobs.SCORE_AGGREGATION, "scoreAggregation",
                        jobs.runs(ReportJobs.SCORE_AGGREGATION, SHOWN)),
                new JobPanel(ReportJobs.CERTIFICATES, "certificates", jobs.runs(ReportJobs.CERTIFICATES, SHOWN)));
    }

    /** Starts a job for the current edition. */
    public void start(String job) {
        try {
            long edition = editions.current().getId();
            long execution = switch (job) {
                case ReportJobs.SCORE_AGGREGATION -> jobs.aggregateScores(edition);
                case ReportJobs.CERTIFICATES -> jobs.generateCertificates(edition);
                default -> jobs.exportTrackDirectory(edition);
            };
            feedback.info("jobs.started", execution);
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
        refresh();
    }

    /** Asks a running execution to stop at its next checkpoint. */
    public void stop(JobRun run) {
        try {
            jobs.stop(run.executionId());
            feedback.info("jobs.stopping", run.executionId());
        } catch (RuntimeException e) {
            feedback.error("jobs.notStopped", run.executionId());
        }
        refresh();
    }

    /** Restarts a failed or stopped execution from its last checkpoint, or runs an interrupted one's job again. */
    public void restart(JobRun run) {
        try {
            String done = ReportJobs.INTERRUPTED.equals(run.status()) ? "jobs.rerunStarted" : "jobs.restarted";
            feedback.info(done, run.executionId(), jobs.restart(run.executionId()));
        } catch (RuntimeException e) {
            feedback.error("jobs.notRestarted", run.executionId());
        }
        refresh();
    }

    /** A file an execution wrote, streamed to the browser. */
    public StreamedContent download(long executionId, String name) {
        return Downloads.named(jobs.file(executionId, name));
    }

    /** Whether any execution is still running, so the page keeps polling. */
    public boolean isRunning() {
        return panels.stream().flatMap(p -> p.runs().stream())
                .anyMatch(r -> "STARTING".equals(r.status()) || "STARTED".equals(r.status()));
    }

    public ZonedDateTime getNextRun() {
        return nextRun;
    }

    public List<JobPanel> getPanels() {
        return panels;
    }
}
