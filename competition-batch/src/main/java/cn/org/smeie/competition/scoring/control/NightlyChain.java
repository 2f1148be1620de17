package cn.org.smeie.competition.scoring.control;

import cn.org.smeie.competition.reports.control.BatchOperator;
import cn.org.smeie.competition.reports.control.JobLauncher;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The nightly chain: when a job that names a job to follow ({@code then}) has completed, starts that
 * one for the same edition — the certificates after the score aggregation, so that what the night's
 * aggregation confirmed is certified the same night. A failed run starts nothing.
 */
@Named
@Dependent
public class NightlyChain extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(NightlyChain.class.getName());

    @Inject
    JobContext job;

    @Inject
    BatchOperator batch;

    @Override
    public void afterJob() {
        Properties parameters = batch.parameters(job.getExecutionId());
        String then = parameters == null ? null : parameters.getProperty(JobLauncher.THEN);
        if (then == null || job.getBatchStatus() != BatchStatus.COMPLETED && job.getBatchStatus() != BatchStatus.STARTED) {
            return;
        }
        Properties next = new Properties();
        next.setProperty("editionId", parameters.getProperty("editionId"));
        long execution = batch.start(then, next);
        LOG.info(() -> job.getJobName() + " #" + job.getExecutionId() + " is done: " + then + " started as #" + execution);
    }
}
