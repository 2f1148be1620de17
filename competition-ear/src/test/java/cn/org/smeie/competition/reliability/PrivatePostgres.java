package cn.org.smeie.competition.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb into a temporary folder, on a free loopback port), so that a
 * test may restart or crash the database without touching the machine's: built with the machine's PostgreSQL
 * programs ({@code /usr/lib/postgresql/<version>/bin}, the Debian package). As root, the programs run as
 * the {@code postgres} user, since PostgreSQL refuses to run as root. Runs in the tests' JVM.
 */
final class PrivatePostgres {

    private static final Path INSTALLED = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path folder;
    final int port;

    private PrivatePostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** Creates the cluster and starts it, with database {@code database}. */
    static PrivatePostgres start(String database) throws Exception {
        Path bin;
        try (Stream<Path> versions = Files.list(INSTALLED)) {
            bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString)).orElseThrow(() -> new IllegalStateException(
                            "no PostgreSQL programs in " + INSTALLED));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path folder = Files.createTempDirectory("competition-private-pg");
        PrivatePostgres postgres = new PrivatePostgres(bin, folder, port);
        if (root()) {
            run(List.of("chown", "postgres:postgres", folder.toString()));
        }
        postgres.pg("initdb", "-D", postgres.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        postgres.pg("pg_ctl", "-D", postgres.data(), "-l", folder.resolve("log").toString(), "-w", "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1", "start");
        postgres.pg("psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres",
                "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE " + database);
        return postgres;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Restarts the server: {@code fast} (sessions ended, a clean shutdown) or {@code immediate} (as a crash: recovery at start). */
    void restart(String mode) throws Exception {
        pg("pg_ctl", "-D", data(), "-l", folder.resolve("log").toString(), "-m", mode, "-w", "restart");
    }

    /** Stops the server and removes its folder. */
    void destroy() throws Exception {
        try {
            pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    private void pg(String program, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    /**
     * Runs a program to its end (at most two minutes). Its output goes to a file, not a pipe: a server it starts
     * keeps what it inherited open, and a pipe would never end.
     */
    private static void run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("private-pg", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " ran past two minutes: "
                        + Files.readString(output));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(output));
            }
        } finally {
            Files.delete(output);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }
}
