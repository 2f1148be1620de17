package cn.org.smeie.competition.reports.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import java.util.Properties;

/** Starts the report jobs; the boundaries that call it have decided who may. */
@Dependent
public class JobLauncher {

    public static final String TRACK_DIRECTORY = "track-directory-export";

    /** Starts an export of the edition's track directory; returns the execution id. */
    public long startTrackDirectoryExport(long editionId) {
        Properties parameters = new Properties();
        parameters.setProperty("editionId", Long.toString(editionId));
        return BatchRuntime.getJobOperator().start(TRACK_DIRECTORY, parameters);
    }
}
