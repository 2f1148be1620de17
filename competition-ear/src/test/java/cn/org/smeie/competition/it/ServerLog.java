package cn.org.smeie.competition.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The server's log, read by a test that failed so that its message tells why (a CI log keeps the message,
 * not the server's files). Works inside the server (its instance root) and from the test's own JVM.
 */
public final class ServerLog {

    private ServerLog() {
    }

    /** The failures the server logged last: exception, {@code Caused by} and incident lines of its log's end. */
    public static String failures() {
        Path log = file();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(0, file.length() - 400_000);
            byte[] tail = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(tail);
            List<String> failures = new String(tail, StandardCharsets.UTF_8).lines()
                    .filter(l -> l.contains("Exception:") || l.startsWith("Caused by") || l.contains("Incident "))
                    .map(String::strip).toList();
            return String.join(" | ", failures.subList(Math.max(0, failures.size() - 12), failures.size()));
        } catch (IOException | RuntimeException unreadable) {
            return "(" + log + " unreadable: " + unreadable + ")";
        }
    }

    private static Path file() {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        if (instanceRoot != null) {
            return Path.of(instanceRoot, "logs", "server.log");
        }
        return Path.of(System.getProperty("payara.home", "."), "glassfish", "domains",
                System.getProperty("payara.domain", "domain1"), "logs", "server.log");
    }
}
