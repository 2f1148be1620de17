package cn.org.smeie.competition.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tests' Payara domain as a process, for the tests that crash it (run as a client, outside the
 * server): kill -9, start, restart, each waiting until the application answers again. The server
 * started here inherits the tests' environment, which is the server's own (COMPETITION_DATA_DIR, DB_*).
 */
public final class ServerProcess {

    /** The tests' public address (the domain's HTTP listener). */
    public static final String BASE = "http://localhost:28080";

    /** The same over TLS (the domain's second listener, its self-signed certificate). */
    public static final String TLS_BASE = "https://localhost:28081";

    private ServerProcess() {
    }

    /** Kills the server's JVM as a power cut would (SIGKILL: no shutdown hook, no flush) and waits for its end. */
    public static void kill() throws Exception {
        long pid = pid();
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        assertTrue(server.destroyForcibly(), "SIGKILL sent to " + pid);
        server.onExit().get();
    }

    /** Waits for the server's JVM to end by itself (a test made it halt), at most {@code limit}. */
    public static void awaitEnd(Duration limit) throws Exception {
        Optional<ProcessHandle> server = ProcessHandle.of(pid());
        if (server.isPresent()) {
            server.get().onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static long pid() throws IOException {
        Path home = Path.of(System.getProperty("payara.home"));
        String domain = System.getProperty("payara.domain");
        return Long.parseLong(Files.readString(home.resolve("glassfish/domains").resolve(domain)
                .resolve("config/pid")).strip());
    }

    /** Starts the (stopped or killed) domain and waits for the application. */
    public static void start() throws Exception {
        start(environment());
    }

    /**
     * Starts the stopped domain with {@code environment} as its environment (the server reads its settings
     * there: another database, another data folder) and waits for the application.
     */
    public static void start(Map<String, String> environment) throws Exception {
        asadmin("start-domain", environment);
        awaitConsole();
    }

    /** Stops the domain cleanly (and so the application) and waits for its JVM to end. */
    public static void stop() throws Exception {
        long pid = pid();
        asadmin("stop-domain", environment());
        Optional<ProcessHandle> server = ProcessHandle.of(pid);
        if (server.isPresent()) {
            try {
                server.get().onExit().get(2, TimeUnit.MINUTES);
            } catch (TimeoutException hung) {
                throw new AssertionError("the server (pid " + pid + ") has not ended 2 minutes after stop-domain; "
                        + "its log ends with:\n" + ServerLog.lastRecords());
            }
        }
    }

    /** The server's own settings: the tests' environment, which the server started by the tests inherits. */
    public static Map<String, String> environment() {
        return Map.copyOf(System.getenv());
    }

    /**
     * Stops and starts the domain cleanly and waits for the application: stop-domain, the JVM's end, start-domain
     * (as the tests that stop and start the server do), not asadmin's restart-domain, whose new JVM is started by
     * the old one as it ends; in one CI run it left a server answering 404 for three minutes.
     */
    public static void restart() throws Exception {
        stop();
        start();
    }

    /**
     * Keeps what a crash test's step tells the next (the server forgets everything in between): a file
     * {@code name} of the data folder, which the server and the tests' JVM both see.
     */
    public static void keep(String name, Properties state) throws IOException {
        Files.createDirectories(dataFolder());
        try (Writer out = Files.newBufferedWriter(kept(name))) {
            state.store(out, "what one step of a crash test tells the next");
        }
    }

    /** What an earlier step kept under {@code name}. */
    public static Properties recall(String name) throws IOException {
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(kept(name))) {
            state.load(in);
        }
        return state;
    }

    /** Forgets what was kept under {@code name}, once the test has checked it. */
    public static void forget(String name) throws IOException {
        Files.delete(kept(name));
    }

    /** The data folder of the server (the tests' environment is the server's). */
    public static Path dataFolder() {
        return Path.of(System.getenv("COMPETITION_DATA_DIR"));
    }

    private static Path kept(String name) {
        return dataFolder().resolve(name);
    }

    private static void asadmin(String command, Map<String, String> environment) throws Exception {
        Path home = Path.of(System.getProperty("payara.home"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", home.resolve("glassfish/lib/client/appserver-cli.jar").toString(), command,
                System.getProperty("payara.domain"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(environment);
        assertEquals(0, builder.start().waitFor(), command);
    }

    private static void awaitConsole() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < until) {
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                status = 0;
            }
            if (status != 200) {
                Thread.sleep(500); // not listening yet, or listening before the application is loaded (404)
            }
        }
        int last = status;
        assertEquals(200, last, () -> "the application answers again; the server's log ends with:\n"
                + ServerLog.lastRecords());
    }
}
