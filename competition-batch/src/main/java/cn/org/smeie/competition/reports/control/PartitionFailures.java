package cn.org.smeie.competition.reports.control;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Gives a partitioned step, and its job, the exit status of its first failed partition, where
 * {@link FailureCause} named the cause (each partition has a context of its own).
 */
@Named
@Dependent
public class PartitionFailures extends AbstractPartitionAnalyzer {

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    private boolean told;

    @Override
    public void analyzeStatus(BatchStatus batchStatus, String exitStatus) {
        if (!told && batchStatus == BatchStatus.FAILED && FailureCause.named(exitStatus) != null) {
            step.setExitStatus(exitStatus);
            job.setExitStatus(exitStatus);
            told = true;
        }
    }
}
