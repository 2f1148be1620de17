package cn.org.smeie.competition.reports.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One execution of a batch job as the console shows it.
 *
 * @param itemsWritten items written by all steps (the chunk steps' WRITE_COUNT)
 * @param files        the files the execution wrote, by name (download them with {@link ReportJobs#file})
 */
public record JobRun(long executionId, String jobName, String status, String exitStatus, String editionId,
                     OffsetDateTime started, OffsetDateTime ended, long itemsWritten, List<String> files)
        implements Serializable {

    public JobRun {
        files = List.copyOf(files);
    }

    /** Whether the execution wrote a file. */
    public boolean fileReady() {
        return !files.isEmpty();
    }
}
