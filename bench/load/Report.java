import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table row from a Gatling run's report (js/stats.js): the group "registration" (create, attach a
 * PDF, submit) and the baseline "static file" at the same arrival rate, with the cells of what the
 * machine spent (see Resources) and the server's heap.
 * Usage: java Report.java REPORT_DIR RATE SECONDS RESOURCE_CELLS HEAP_MB [GROUP, default registration]
 */
public class Report {

    public static void main(String[] args) throws Exception {
        String stats = Files.readString(Path.of(args[0], "js", "stats.js"));
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String[] registration = figures(stats, args.length > 5 ? args[5] : "registration");
        String[] baseline = figures(stats, "static file");
        System.out.printf("| %d /s for %d s | %s ok, %s failed | %s ms | %s ms | %s ms | %s / %s ms | %s | %s MB |%n",
                rate, seconds, registration[0], registration[1], registration[2], registration[3], registration[4],
                baseline[2], baseline[3], args[3], args[4]);
    }

    /** ok, ko, p50, p95, p99 of the entry named {@code name}. */
    private static String[] figures(String stats, String name) {
        int at = stats.indexOf("\"name\": \"" + name + "\"");
        if (at < 0) {
            throw new IllegalArgumentException("no " + name + " in the report");
        }
        String block = stats.substring(at);
        return new String[] {value(block, "numberOfRequests", "ok"), value(block, "numberOfRequests", "ko"),
                value(block, "percentiles1", "ok"), value(block, "percentiles3", "ok"),
                value(block, "percentiles4", "ok")};
    }

    private static String value(String block, String figure, String which) {
        Matcher m = Pattern.compile("\"" + figure + "\": \\{[^}]*?\"" + which + "\": \"([^\"]*)\"").matcher(block);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + figure + " in the report");
        }
        return m.group(1);
    }
}
