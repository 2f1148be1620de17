package cn.org.smeie.competition.reports.boundary;

import cn.org.smeie.competition.reports.control.FailureCause;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One execution of a batch job as the console shows it.
 *
 * @param itemsWritten items written by all steps (the chunk steps' WRITE_COUNT)
 * @param files        the files the execution wrote, by name (download them with {@link ReportJobs#file})
 * @param steps        its steps, in the order they ran
 */
public record JobRun(long executionId, String jobName, String status, String exitStatus, String editionId,
                     OffsetDateTime started, OffsetDateTime ended, long itemsWritten, List<String> files,
                     List<StepRun> steps) implements Serializable {

    public JobRun {
        files = List.copyOf(files);
        steps = List.copyOf(steps);
    }

    /** One step of an execution: its status, when it ran, the items it read and wrote. */
    public record StepRun(String name, String status, OffsetDateTime started, OffsetDateTime ended, long itemsRead,
                          long itemsWritten) implements Serializable {

        /** How long the step took, in milliseconds; null while it runs. */
        public Long millis() {
            return started == null || ended == null ? null
                    : Duration.between(started, ended).toMillis();
        }
    }

    /** Why the execution failed, as its failed step named it (see FailureCause); null if it names nothing. */
    public String cause() {
        return FailureCause.named(exitStatus);
    }

    /** Whether the execution wrote a file. */
    public boolean fileReady() {
        return !files.isEmpty();
    }
}
