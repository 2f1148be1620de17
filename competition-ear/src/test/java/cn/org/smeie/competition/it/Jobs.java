package cn.org.smeie.competition.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        return ended(jobs, execution, atMost, Duration.ofMillis(100));
    }

    /**
     * The execution once it has ended, which must be as COMPLETED; if it is not, the failure tells the run's
     * steps and exit status and the server's latest logged failures.
     */
    public static JobRun completed(ReportJobs jobs, long execution, Duration atMost) throws InterruptedException {
        return completed(ended(jobs, execution, atMost));
    }

    /** The run, which must have COMPLETED (see {@link #completed(ReportJobs, long, Duration)}). */
    public static JobRun completed(JobRun run) {
        assertEquals("COMPLETED", run.status(), () -> "execution " + run.executionId() + " of " + run.jobName()
                + ": " + run + "; the server's latest failures: " + ServerLog.failures());
        return run;
    }

    /**
     * The same, checked every {@code every}: a benchmark asks as seldom as the console's job page does
     * (every 2 s), since each look reads the batch runtime's repository on the cores the job runs on.
     */
    public static JobRun ended(ReportJobs jobs, long execution, Duration atMost, Duration every)
            throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        JobRun run = jobs.run(execution);
        while (!ENDED.contains(run.status()) && System.nanoTime() < until) {
            Thread.sleep(every.toMillis());
            run = jobs.run(execution);
        }
        return run;
    }
}
