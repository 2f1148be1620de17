package cn.org.smeie.competition.reports.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import java.util.Properties;

/** Starts the batch jobs; the boundaries and timers that call it have decided who may. */
@Dependent
public class JobLauncher {

    public static final String TRACK_DIRECTORY = "track-directory-export";
    public static final String SCORE_AGGREGATION = "score-aggregation";

    /** Starts an export of the edition's track directory; returns the execution id. */
    public long startTrackDirectoryExport(long editionId) {
        return start(TRACK_DIRECTORY, editionId);
    }

    /** Starts the score aggregation of the edition; returns the execution id. */
    public long startScoreAggregation(long editionId) {
        return start(SCORE_AGGREGATION, editionId);
    }

    private static long start(String job, long editionId) {
        Properties parameters = new Properties();
        parameters.setProperty("editionId", Long.toString(editionId));
        return BatchRuntime.getJobOperator().start(job, parameters);
    }
}
