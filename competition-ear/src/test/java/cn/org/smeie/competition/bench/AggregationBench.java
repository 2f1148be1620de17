package cn.org.smeie.competition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.entity.RankingRule;
import cn.org.smeie.competition.results.entity.ResultPlan;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The score aggregation at national scale (run with the bench profile, see bench/README.md): generates
 * an edition at 1× or 10× ({@code BENCH_SCALE}), then, in the same server, times the job's ranking step
 * — runs whose inputs changed (every round stores a new snapshot) and runs on unchanged inputs — against
 * its baseline, one plain SQL query computing every team's mean weighted total (GROUP BY), interleaved;
 * and the peak of the live heap while one more changed run goes (not timed).
 */
@ExtendWith(ArquillianExtension.class)
class AggregationBench {

    private static final int RUNS = 5;
    /** The baseline: each sheet's weighted total, then each team's mean, in the database. */
    private static final String GROUP_BY = "SELECT t.registration_id, AVG(t.total) FROM (SELECT sh.registration_id,"
            + " sh.id, SUM(sc.score * c.weight) AS total FROM judging_sheet sh"
            + " JOIN judging_score sc ON sc.sheet_id = sh.id"
            + " JOIN judging_criterion c ON c.round_id = sh.round_id AND c.code = sc.criterion_code"
            + " WHERE sh.status = 'SUBMITTED' GROUP BY sh.registration_id, sh.id) t GROUP BY t.registration_id";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AggregationBench.class, EditionGenerator.class, EditionGenerator.Generated.class,
                Heap.class, Heap.Sampler.class);
    }

    @Inject
    ReportJobs jobs;

    @Inject
    Results results;

    /** The whole job's wall time (ranking, then the reports step) of the last run. */
    private double lastJobMillis;

    @Resource(lookup = "java:app/jdbc/competition")
    DataSource database;

    @Test
    void theRankingStepAgainstOneGroupByQuery() throws Exception {
        int scale = Integer.parseInt(System.getenv().getOrDefault("BENCH_SCALE", "1"));
        EditionGenerator.Generated data = EditionGenerator.generate(scale, 2023);
        String db;
        long scores;
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            DatabaseMetaData meta = c.getMetaData();
            db = meta.getDatabaseProductName() + " " + meta.getDatabaseMajorVersion();
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM judging_score")) {
                r.next();
                scores = r.getLong(1);
            }
        }
        Caller.asCommittee();
        long edition = FinalsTeams.firstEdition();

        // a cold first run (every snapshot new), then, interleaved with the baseline: runs whose inputs
        // changed (the rule flips between trimmed and plain mean: every round gets a new snapshot) and
        // runs on unchanged inputs (every round keeps its snapshot)
        double cold = rankingMillis(edition);
        double[] query = new double[RUNS];
        double[] changed = new double[RUNS];
        double[] unchanged = new double[RUNS];
        double[] changedJob = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            query[i] = groupBy();
            flipRules(data.rounds(), i % 2 == 0 ? RankingRule.Method.MEAN : RankingRule.Method.TRIMMED);
            changed[i] = rankingMillis(edition);
            changedJob[i] = lastJobMillis;
            unchanged[i] = rankingMillis(edition);
        }
        // the live heap of one more changed run, not timed (the sampler's full collections take time)
        flipRules(data.rounds(), RUNS % 2 == 0 ? RankingRule.Method.MEAN : RankingRule.Method.TRIMMED);
        long before;
        long peak;
        try (Heap.Sampler sampler = Heap.sample(Duration.ofMillis(250))) {
            rankingMillis(edition);
            before = sampler.beforeMegabytes();
            peak = sampler.peakMegabytes();
        }
        double baseline = Heap.median(query);
        String table = String.format("| %s | %d× | %,d teams, %,d sheets, %,d scores | %.0f ms | %.0f ms (%.1f×) | %.0f ms"
                        + " (%.1f×) | %.0f ms (%.1f×) | %d → %d MB (+%d) | %.1f s |%n", db, scale, data.teams(), data.sheets(), scores,
                baseline, Heap.median(changed), Heap.median(changed) / baseline, Heap.median(unchanged),
                Heap.median(unchanged) / baseline, cold, cold / baseline, before, peak, peak - before,
                Heap.median(changedJob) / 1000);
        System.out.print(table);
        Path out = Path.of(System.getenv().getOrDefault("BENCH_OUTPUT", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(out);
        Files.writeString(out.resolve("aggregation-" + db.replace(' ', '-').toLowerCase() + "-" + scale + "x.md"),
                table + String.format("generated in %.0f s: %,d members, %,d judges%n", data.millis() / 1000.0,
                        data.members(), data.judges()));
        assertEquals(1700 * scale / 6 * 6, data.teams(), "every generated team is approved");
    }

    /** Runs the job; how long its ranking step took (and, in {@link #lastJobMillis}, the whole job). */
    private double rankingMillis(long edition) throws InterruptedException {
        JobRun run = Jobs.completed(jobs, jobs.aggregateScores(edition), Duration.ofMinutes(30));
        lastJobMillis = Duration.between(run.started(), run.ended()).toMillis();
        return run.steps().get(0).millis();
    }

    private void flipRules(List<Long> rounds, RankingRule.Method method) {
        for (long round : rounds) {
            ResultPlan plan = results.plan(round);
            results.setRule(round, plan.getVersion(), new RankingRule(method, false, plan.rule().tieBreaks()));
        }
    }

    private double groupBy() throws Exception {
        long start = System.nanoTime();
        int teams = 0;
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(GROUP_BY)) {
            while (r.next()) {
                teams++;
            }
        }
        if (teams == 0) {
            throw new IllegalStateException("the baseline found no scores");
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
