package cn.org.smeie.competition.it;

import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import java.time.Duration;
import java.util.Set;

/** Batch jobs in tests: waiting for an execution to end. */
public final class Jobs {

    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED",
            ReportJobs.INTERRUPTED);

    private Jobs() {
    }

    /** The execution once it has ended, or as it is after {@code at most} (checked every 100 ms). */
    public static JobRun ended(ReportJobs jobs, long execution, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        JobRun run = jobs.run(execution);
        while (!ENDED.contains(run.status()) && System.nanoTime() < until) {
            Thread.sleep(100);
            run = jobs.run(execution);
        }
        return run;
    }
}
