package cn.org.smeie.competition.reports.control;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

/**
 * When this server started the application. The batch runtime keeps an execution that was running
 * when its server died (kill -9, power loss) as STARTED for ever and will not restart it; an
 * execution created before this start that still says it runs is such a one: interrupted. The jobs
 * are written so that running them again finishes what the interrupted run left (see each job's XML).
 */
@Singleton
@Startup
public class ServerStart {

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    private Instant started;

    @PostConstruct
    void started() {
        started = Instant.now();
    }

    public Instant instant() {
        return started;
    }

    /** Whether the execution says it runs but began before this server did, so nothing runs it. */
    public boolean interrupted(JobExecution execution) {
        Date created = execution.getCreateTime();
        return RUNNING.contains(execution.getBatchStatus()) && created != null
                && created.toInstant().isBefore(started);
    }
}
