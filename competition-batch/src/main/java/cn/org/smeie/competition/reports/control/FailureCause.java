package cn.org.smeie.competition.reports.control;

import cn.org.smeie.competition.platform.error.CompetitionException;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Names the cause of a failed step in its exit status and the job's (without it the console could only say
 * FAILED, and the cause stayed in the server log): the application's own message in Chinese and English when
 * the failure carries one (e.g. a certificate that cannot be written because the file store is full), else the
 * first lines of the exception's messages and its causes'. A chunk's failure is named where it happens
 * ({@link #onError}, on a partition's own thread in a partitioned step, whose exit status
 * {@link PartitionFailures} passes on to the step and the job: the batch runtime calls no step listener there),
 * a batchlet's after its step.
 */
@Named
@Dependent
public class FailureCause extends AbstractStepListener implements ChunkListener {

    /** How an exit status that names a cause begins. */
    public static final String NAMED = "FAILED: ";

    /** The cause an exit status names, or null if it names none. */
    public static String named(String exitStatus) {
        return exitStatus != null && exitStatus.startsWith(NAMED) ? exitStatus.substring(NAMED.length()) : null;
    }

    /** The job repository keeps an exit status of up to 512 characters. */
    static final int MAX_LENGTH = 500;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    /** A batchlet's failure, seen after its step (the chunk steps' failures are seen by {@link #onError}). */
    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            name(failure);
        }
    }

    /** A chunk's failure, on the thread that ran it (a partition's own, in a partitioned step). */
    @Override
    public void onError(Exception failure) {
        name(failure);
    }

    @Override
    public void beforeChunk() {
        // nothing to name yet
    }

    @Override
    public void afterChunk() {
        // a chunk that ends well names nothing
    }

    private void name(Exception failure) {
        String cause = of(failure);
        step.setExitStatus(cause);
        job.setExitStatus(cause);
    }

    /** {@code FAILED: } and what the exception says, the innermost reason last. */
    static String of(Throwable failure) {
        StringBuilder said = new StringBuilder(NAMED);
        String last = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CompetitionException told) {
                // the application's own words, in both languages, with the system's reason in them
                said.setLength(NAMED.length());
                said.append(told.message(Locale.CHINESE)).append(" / ").append(told.message(Locale.ENGLISH));
                last = said.toString();
                break;
            }
            String message = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : t.getMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            message = message.lines().findFirst().orElse("").strip();
            if (last == null) {
                said.append(message);
            } else if (!last.contains(message)) {
                said.append(" — ").append(message);
            }
            last = message;
        }
        if (last == null) {
            said.append(failure.getClass().getSimpleName());
        }
        return said.length() > MAX_LENGTH ? said.substring(0, MAX_LENGTH - 1) + "…" : said.toString();
    }
}
