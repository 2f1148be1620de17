package cn.org.smeie.competition.reports.control;

import cn.org.smeie.competition.platform.files.DataFolder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Path;

/** Where each export job writes its file: {@code exports/} of the data folder, one file per execution. */
@Dependent
public class ExportFiles {

    @Inject
    DataFolder data;

    public Path trackDirectory(long executionId) {
        return data.folder("exports").resolve("track-directory-" + executionId + ".xlsx");
    }

    /** A new file for an export of a track's registrations. */
    public Path registrations(long trackId, String stamp) {
        return data.folder("exports").resolve("registrations-" + trackId + "-" + stamp + ".xlsx");
    }

    /** A new file for an audit log export, named by the moment it was asked for. */
    public Path auditLog(String stamp) {
        return data.folder("exports").resolve("audit-log-" + stamp + ".xlsx");
    }
}
