package cn.org.smeie.competition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The score aggregation at national scale (run with the bench profile, see bench/README.md): generates
 * an edition at 1× or 10× ({@code BENCH_SCALE}), then, in the same server, times the job's ranking step
 * (a first run that stores every snapshot, then runs on unchanged scores) against its baseline, one
 * plain SQL query computing every team's mean weighted total (GROUP BY), and reports the heap's peak.
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
        return Deployments.ear(AggregationBench.class, EditionGenerator.class, EditionGenerator.Generated.class);
    }

    @Inject
    ReportJobs jobs;

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

        double[] query = new double[RUNS];
        double[] repeat = new double[RUNS - 1];
        double first = 0;
        long peak = 0;
        for (int i = 0; i < RUNS; i++) { // interleaved: a noisy moment hits both alike
            query[i] = groupBy();
            resetPeaks();
            JobRun run = aggregate(edition);
            peak = Math.max(peak, heapPeak());
            double ranking = run.steps().get(0).millis();
            if (i == 0) {
                first = ranking;
            } else {
                repeat[i - 1] = ranking;
            }
        }
        double baseline = median(query);
        String table = String.format("| %s | %d× | %,d teams, %,d sheets, %,d scores | %.0f ms | %.0f ms (%.1f×) | %.0f ms"
                        + " (%.1f×) | %d MB |%n", db, scale, data.teams(), data.sheets(), scores, baseline, first,
                first / baseline, median(repeat), median(repeat) / baseline, peak / (1024 * 1024));
        System.out.print(table);
        Path out = Path.of(System.getenv().getOrDefault("BENCH_OUTPUT", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(out);
        Files.writeString(out.resolve("aggregation-" + db.replace(' ', '-').toLowerCase() + "-" + scale + "x.md"),
                table + String.format("generated in %.0f s: %,d members, %,d judges%n", data.millis() / 1000.0,
                        data.members(), data.judges()));
        assertEquals(1700 * scale / 6 * 6, data.teams(), "every generated team is approved");
    }

    private JobRun aggregate(long edition) throws InterruptedException {
        long execution = jobs.aggregateScores(edition);
        JobRun run = jobs.run(execution);
        while (!Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(run.status())) {
            Thread.sleep(100);
            run = jobs.run(execution);
        }
        assertEquals("COMPLETED", run.status());
        return run;
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

    private static void resetPeaks() {
        System.gc();
        heap().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset (an upper bound of the heap in use at any moment). */
    private static long heapPeak() {
        return heap().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
