package cn.org.smeie.competition.reports.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Properties;

/**
 * Every call of the application to the batch runtime goes through this one component. Payara's batch runtime tags
 * each job instance with the component that started it (its configuration, module, bean and container:
 * {@code server-config:competition_competition-batch.jar_ReportSchedule_…}) and lists to a caller only the
 * instances of its own tag: jobs the nightly timer or the nightly chain started were missing from the console's job
 * list, which reads them from another bean. Started and read here, every job has one tag — on every instance of a
 * deployment group whose instances share one configuration. Who may start or read what is decided by the callers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BatchOperator {

    public long start(String job, Properties parameters) {
        return operator().start(job, parameters);
    }

    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    public Properties parameters(long executionId) {
        return operator().getParameters(executionId);
    }

    public List<StepExecution> steps(long executionId) {
        return operator().getStepExecutions(executionId);
    }

    /** The executions of the newest {@code limit} instances of a job; none when it never ran. */
    public List<JobExecution> executions(String job, int limit) {
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job, 0, limit);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        return instances.stream().flatMap(instance -> operator.getJobExecutions(instance).stream()).toList();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
