package cn.org.smeie.competition.reports.boundary;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.reports.control.BatchOperator;
import cn.org.smeie.competition.reports.control.ExportFiles;
import cn.org.smeie.competition.reports.control.JobLauncher;
import cn.org.smeie.competition.reports.control.ServerStart;
import cn.org.smeie.competition.results.control.ReportFolder;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Starts the report jobs and tells how their executions went. Jobs are started and read through
 * {@link BatchOperator} only: the batch runtime shows a caller only the jobs its own component started.
 */
@Stateless
@DeclareRoles({Role.COMMITTEE_ROLE, Role.HOST_ROLE, Role.JUDGE_ROLE, Role.TEAM_ROLE})
@RolesAllowed(Role.COMMITTEE_ROLE)
public class ReportJobs {

    public static final String TRACK_DIRECTORY = JobLauncher.TRACK_DIRECTORY;
    public static final String SCORE_AGGREGATION = JobLauncher.SCORE_AGGREGATION;
    public static final String CERTIFICATES = JobLauncher.CERTIFICATES;
    /**
     * The status of an execution that was running when its server died: the batch runtime still says
     * STARTED; nothing runs it, and {@link #restart} runs its job again with the same parameters.
     */
    public static final String INTERRUPTED = "INTERRUPTED";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Editions editions;

    @Inject
    BatchOperator batch;

    @Inject
    ExportFiles files;

    @Inject
    ReportFolder reports;

    @Inject
    JobLauncher launcher;

    @Inject
    ServerStart server;

    @Inject
    CallerScope scope;

    /** Starts an export of the edition's track directory; returns the execution id. */
    public long exportTrackDirectory(long editionId) {
        scope.account();
        editions.edition(editionId);
        return launcher.startTrackDirectoryExport(editionId);
    }

    /** Starts the score aggregation of the edition (every scoring or closed round); returns the execution id. */
    public long aggregateScores(long editionId) {
        scope.account();
        editions.edition(editionId);
        return launcher.startScoreAggregation(editionId);
    }

    /** Starts the certificate generation of the edition; returns the execution id. */
    public long generateCertificates(long editionId) {
        scope.account();
        editions.edition(editionId);
        return launcher.startCertificates(editionId);
    }

    /** Asks a running execution to stop at its next checkpoint. */
    public void stop(long executionId) {
        scope.account();
        batch.stop(executionId);
    }

    /**
     * Restarts a stopped or failed execution from its last checkpoint; an interrupted one (its server
     * died under it) is run again from the start with the same parameters, which finishes what it left.
     * Returns the new execution's id.
     */
    public long restart(long executionId) {
        scope.account();
        JobExecution execution = batch.execution(executionId);
        if (server.interrupted(execution)) {
            return batch.start(execution.getJobName(), execution.getJobParameters());
        }
        return batch.restart(executionId, execution.getJobParameters());
    }

    /** The newest executions of a job first, at most {@code limit}. */
    public List<JobRun> runs(String jobName, int limit) {
        scope.account();
        return batch.executions(jobName, limit).stream()
                .map(this::run)
                .sorted(Comparator.comparingLong(JobRun::executionId).reversed())
                .limit(limit)
                .toList();
    }

    public JobRun run(long executionId) {
        scope.account();
        return run(batch.execution(executionId));
    }

    /** The file an export execution wrote. */
    public Path exportFile(long executionId) {
        scope.account();
        JobExecution execution = batch.execution(executionId);
        if (!TRACK_DIRECTORY.equals(execution.getJobName())) {
            throw new NotFoundException("Export", executionId);
        }
        Path file = files.trackDirectory(executionId);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("Export", executionId);
        }
        return file;
    }

    /** A file an execution wrote, by the name its run lists. */
    public Path file(long executionId, String name) {
        scope.account();
        JobExecution execution = batch.execution(executionId);
        if (TRACK_DIRECTORY.equals(execution.getJobName())) {
            return exportFile(executionId);
        }
        return reports.file(executionId, name).orElseThrow(() -> new NotFoundException("File", name));
    }

    private JobRun run(JobExecution e) {
        boolean interrupted = server.interrupted(e);
        List<JobRun.StepRun> steps = batch.steps(e.getExecutionId()).stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(s -> new JobRun.StepRun(s.getStepName(), interrupted && s.getEndTime() == null ? INTERRUPTED
                        : s.getBatchStatus().name(), time(s.getStartTime()),
                        time(s.getEndTime()), metric(s, Metric.MetricType.READ_COUNT),
                        metric(s, Metric.MetricType.WRITE_COUNT)))
                .toList();
        long written = steps.stream().mapToLong(JobRun.StepRun::itemsWritten).sum();
        Properties parameters = e.getJobParameters();
        List<String> writtenFiles;
        if (TRACK_DIRECTORY.equals(e.getJobName())) {
            Path file = files.trackDirectory(e.getExecutionId());
            writtenFiles = Files.isRegularFile(file) ? List.of(file.getFileName().toString()) : List.of();
        } else {
            writtenFiles = reports.files(e.getExecutionId());
        }
        return new JobRun(e.getExecutionId(), e.getJobName(), interrupted ? INTERRUPTED : e.getBatchStatus().name(),
                e.getExitStatus(),
                parameters == null ? null : parameters.getProperty("editionId"),
                time(e.getStartTime()), time(e.getEndTime()), written, writtenFiles, steps);
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        return step.getMetrics() == null ? 0 : Arrays.stream(step.getMetrics()).filter(m -> m.getType() == type)
                .mapToLong(Metric::getValue).sum();
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(ZONE).toOffsetDateTime();
    }
}
