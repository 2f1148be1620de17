package cn.org.smeie.competition.reports.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Properties;

/** Starts the batch jobs; the boundaries and timers that call it have decided who may. */
@Dependent
public class JobLauncher {

    @Inject
    BatchOperator batch;

    public static final String TRACK_DIRECTORY = "track-directory-export";
    public static final String SCORE_AGGREGATION = "score-aggregation";
    public static final String CERTIFICATES = "certificate-generation";
    /** A job parameter: the job to start when this one has completed (the nightly chain). */
    public static final String THEN = "then";

    /** Starts an export of the edition's track directory; returns the execution id. */
    public long startTrackDirectoryExport(long editionId) {
        return start(TRACK_DIRECTORY, editionId);
    }

    /** Starts the score aggregation of the edition; returns the execution id. */
    public long startScoreAggregation(long editionId) {
        return start(SCORE_AGGREGATION, editionId);
    }

    /** Starts the certificate generation of the edition; returns the execution id. */
    public long startCertificates(long editionId) {
        return start(CERTIFICATES, editionId);
    }

    /** The nightly chain: the score aggregation, then (once it has completed) the certificates. */
    public long startNightlyChain(long editionId) {
        Properties parameters = parameters(editionId);
        parameters.setProperty(THEN, CERTIFICATES);
        return batch.start(SCORE_AGGREGATION, parameters);
    }

    private long start(String job, long editionId) {
        return batch.start(job, parameters(editionId));
    }

    private static Properties parameters(long editionId) {
        Properties parameters = new Properties();
        parameters.setProperty("editionId", Long.toString(editionId));
        return parameters;
    }
}
