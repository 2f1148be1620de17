package cn.org.smeie.competition.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> failures = tail().stream()
                .filter(l -> l.contains("Exception:") || l.startsWith("Caused by") || l.contains("Incident "))
                .map(String::strip).toList();
        return String.join(" | ", last(failures, 12));
    }

    /**
     * What the server did last, whatever the level: the first line of each of its log's last records (the record's
     * time and level, then its message), and the failures among them, for a server that does not answer as it should.
     */
    public static String lastRecords() {
        List<String> records = new ArrayList<>();
        String head = null;
        for (String line : tail()) {
            if (line.startsWith("[20")) {
                String[] fields = line.split("\\] \\[", 4);
                head = fields.length > 2 ? fields[0].substring(1) + " " + fields[2] : line;
            } else if (head != null && !line.isBlank()) {
                records.add(head + " " + line.strip().replaceFirst("]]$", ""));
                head = null;
            }
        }
        return String.join("\n", last(records, 15)) + "\nfailures: " + failures();
    }

    private static List<String> last(List<String> lines, int count) {
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    /** The lines of the log's last 400 kB (or a line saying why it cannot be read). */
    private static List<String> tail() {
        Path log = file();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(0, file.length() - 400_000);
            byte[] tail = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException unreadable) { // its text names the exception: failures() keeps it
            return List.of("(" + log + " unreadable: " + unreadable + ")");
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
