import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drives a Payara Server unpacked by Maven, with nothing but the JDK (a single-file program:
 * {@code java Payara.java ...}). Used by the README's run command and by the integration tests.
 *
 * <pre>
 * run           PAYARA_HOME DATA_DIR EAR  start domain1 unless it runs, deploy the EAR, wait for the console
 * stop          PAYARA_HOME               stop domain1
 * create-domain PAYARA_HOME NAME PORTBASE create a domain once (integration tests use their own ports)
 * </pre>
 */
public class Payara {

    private static final String DOMAIN = "domain1";
    private static final String CONSOLE = "http://localhost:8080/";
    private static final String FIRST_PAGE = CONSOLE + "login.xhtml";
    /** The mark of the log line with the first committee account's one-time password (FirstCommitteeAccount). */
    private static final String FIRST_ACCOUNT_MARK = "FIRST-COMMITTEE-ACCOUNT";
    private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(3);

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        Path home = Path.of(args[1]).toAbsolutePath().normalize();
        switch (args[0]) {
            case "run" -> {
                if (args.length != 4) {
                    usage();
                }
                run(home, Path.of(args[2]).toAbsolutePath().normalize(), Path.of(args[3]).toAbsolutePath().normalize());
            }
            case "stop" -> System.exit(asadmin(home, Map.of(), "stop-domain", DOMAIN));
            case "create-domain" -> {
                if (args.length != 6) {
                    usage();
                }
                createDomain(home, args[2], args[3], args[4], args[5]);
            }
            default -> usage();
        }
    }

    private static void run(Path home, Path data, Path ear) throws Exception {
        long t0 = System.nanoTime();
        Files.createDirectories(data);
        Path log = home.resolve("glassfish/domains").resolve(DOMAIN).resolve("logs/server.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        boolean running = isRunning(home);
        if (running) {
            System.out.println("Payara " + DOMAIN + " is already running: redeploying.");
        } else {
            configureStopped(home.resolve("glassfish/domains").resolve(DOMAIN));
            // the server reads its configuration from the environment: the data folder, and DB_* if set
            check(asadmin(home, Map.of("COMPETITION_DATA_DIR", data.toString()), "start-domain", DOMAIN),
                    "start-domain");
        }
        long t1 = System.nanoTime();
        check(asadmin(home, Map.of(), "deploy", "--force=true", "--name", "competition", ear.toString()), "deploy");
        long t2 = System.nanoTime();
        waitForPage();
        long t3 = System.nanoTime();
        System.out.printf("%n  Console:  %s%n", CONSOLE);
        System.out.printf("  Data:     %s%n", data);
        System.out.printf("  Timing:   server start %.1f s, deploy %.1f s, first page %.1f s, total %.1f s%n",
                seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t2), seconds(t3 - t0));
        System.out.printf("  Stop:     mvn -Pstop validate%n%n");
        firstAccountLine(log, logStart).ifPresent(line -> System.out.printf(
                "  First sign-in: %s%n  (written once to the server log; the database now holds only its hash)%n%n",
                line.substring(line.indexOf(FIRST_ACCOUNT_MARK) + FIRST_ACCOUNT_MARK.length()).replace("]]", "").strip()));
    }

    /** The one-time password line that this start wrote to the log, if it made the first account. */
    private static Optional<String> firstAccountLine(Path log, long from) throws IOException {
        if (!Files.exists(log) || Files.size(log) < from) {
            return Optional.empty();
        }
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(from);
            String written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return written.lines().filter(l -> l.contains(FIRST_ACCOUNT_MARK)).findFirst();
        }
    }

    /**
     * Creates the domain unless it exists; either way its heap is set to {@code heap} (e.g. 512m, 2g) and
     * the time an HTTP request may take to {@code requestTimeout} seconds (-1: no limit; the in-server
     * benchmarks run as one request that may take longer than Payara's default quarter of an hour).
     */
    private static void createDomain(Path home, String name, String portbase, String heap, String requestTimeout)
            throws Exception {
        if (!heap.matches("[0-9]+[mg]") || !requestTimeout.matches("-1|[0-9]+")) {
            usage();
        }
        Path domain = home.resolve("glassfish/domains").resolve(name);
        if (Files.isDirectory(domain)) {
            System.out.println("Domain " + name + " exists.");
        } else {
            // ports are checked when the domain starts, not now: another server may hold them for the moment
            check(asadmin(home, Map.of(), "create-domain", "--nopassword=true", "--checkports=false", "--portbase",
                    portbase, name), "create-domain");
        }
        // the server is stopped (it is started by the tests), so its configuration file may be edited
        configureStopped(domain);
        Path config = domain.resolve("config/domain.xml");
        String xml = Files.readString(config);
        String sized = xml.replaceAll("<jvm-options>-Xmx[0-9]+[mgMG]</jvm-options>", "<jvm-options>-Xmx" + heap
                        + "</jvm-options>")
                .replaceAll("(<protocol name=\"http-listener-1\">\\s*<http)( request-timeout-seconds=\"-?[0-9]+\")?",
                        "$1 request-timeout-seconds=\"" + requestTimeout + "\"");
        if (!sized.equals(xml)) {
            Files.writeString(config, sized);
        }
    }

    /**
     * Settings of a stopped domain, edited in its configuration file (idempotent):
     * <ul>
     * <li>The domain's own H2 database ({@code jdbc/__TimerPool}) holds the batch job repository and the persistent
     * timers. H2 writes a commit to its file up to half a second later by default, so a killed server (kill -9,
     * power loss) forgot the executions it had just started and gave their ids again to new ones, whose files
     * (named by execution id) then met the dead run's. {@code WRITE_DELAY=0} writes each commit at once, as the
     * application's own H2 database does.</li>
     * <li>The transaction service recovers at start: a transaction over two databases (a batch chunk writes the
     * application's and the job repository) that the server died in between the two phases of its commit is
     * completed as it was decided, from the transaction log, instead of staying prepared in the job repository
     * with its rows locked for good ({@code TwoPhaseCrashIT}). Payara's template configuration recovers; the
     * server's own does not.</li>
     * </ul>
     */
    private static void configureStopped(Path domain) throws IOException {
        Path config = domain.resolve("config/domain.xml");
        if (!Files.isRegularFile(config)) {
            return;
        }
        String xml = Files.readString(config);
        String configured = xml.replace("/lib/databases/ejbtimer;AUTO_SERVER=TRUE\"",
                        "/lib/databases/ejbtimer;AUTO_SERVER=TRUE;WRITE_DELAY=0\"")
                .replaceAll("<transaction-service (?![^>]*automatic-recovery)",
                        "<transaction-service automatic-recovery=\"true\" ");
        if (!configured.equals(xml)) {
            Files.writeString(config, configured);
        }
    }

    private static boolean isRunning(Path home) throws Exception {
        List<String> out = new ArrayList<>();
        asadmin(home, Map.of(), out, "list-domains");
        return out.stream().map(String::strip).anyMatch(line -> line.equals(DOMAIN + " running"));
    }

    private static void waitForPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + PAGE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(FIRST_PAGE))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the listener is not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the console did not answer at " + FIRST_PAGE + " within " + PAGE_TIMEOUT);
    }

    private static int asadmin(Path home, Map<String, String> env, String... args) throws Exception {
        return asadmin(home, env, null, args);
    }

    /** Runs asadmin as the JDK's java with Payara's CLI jar, so no shell script and no execute bit is needed. */
    private static int asadmin(Path home, Map<String, String> env, List<String> output, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", home.resolve("glassfish/lib/client/appserver-cli.jar").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        try (var lines = process.inputReader().lines()) {
            lines.forEach(line -> {
                if (output != null) {
                    output.add(line);
                } else {
                    System.out.println("  asadmin> " + line);
                }
            });
        }
        return process.waitFor();
    }

    private static void check(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException("asadmin " + what + " failed with exit code " + exit);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void usage() {
        System.err.println("usage: java Payara.java run PAYARA_HOME DATA_DIR EAR | stop PAYARA_HOME"
                + " | create-domain PAYARA_HOME NAME PORTBASE HEAP REQUEST_TIMEOUT_SECONDS");
        System.exit(2);
    }
}
