package cn.org.smeie.competition.reports.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One execution of a batch job as the console shows it.
 *
 * @param itemsWritten items written by all steps (the chunk steps' WRITE_COUNT)
 * @param fileReady    whether the execution's output file exists (export jobs only)
 */
public record JobRun(long executionId, String jobName, String status, String exitStatus, String editionId,
                     OffsetDateTime started, OffsetDateTime ended, long itemsWritten, boolean fileReady)
        implements Serializable {
}
