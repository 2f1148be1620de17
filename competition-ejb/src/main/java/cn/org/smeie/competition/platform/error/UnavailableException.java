package cn.org.smeie.competition.platform.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Something the platform needs is not available just now — its file storage is full or cannot be
 * written: nothing of the request was kept, and trying again later may succeed. The message names the
 * cause as the operating system reported it, never a path of the server.
 */
public class UnavailableException extends CompetitionException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** The file storage failed with {@code e}: "storage.unavailable" with the system's reason. */
    public static UnavailableException storage(IOException e) {
        UnavailableException unavailable = new UnavailableException("storage.unavailable", reason(e));
        unavailable.initCause(e);
        return unavailable;
    }

    /**
     * A certificate's file could not be written (the file store full, unwritable): "certificate.unwritable"
     * with the certificate's serial and the system's reason. Fails the certificate job's chunk, so nothing is
     * recorded as generated that is not on disk; the job names this as its cause.
     */
    public static UnavailableException certificate(String serial, IOException e) {
        UnavailableException unavailable = new UnavailableException("certificate.unwritable", serial, reason(e));
        unavailable.initCause(e);
        return unavailable;
    }

    /** The operating system's words for the failure (e.g. "No space left on device"), without the file's path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "Not a directory"; // a file stands where a folder must be made
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        }
        String message = e.getMessage();
        return message == null || message.contains("/") || message.contains("\\") ? e.getClass().getSimpleName()
                : message;
    }
}
