package cn.org.smeie.competition.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * What the machine spent while a step ran, so that a step that misses its target says which resource
 * ran out: the CPU of the server, of PostgreSQL's processes, of this load generator and of the whole
 * machine (Linux {@code /proc}); the database's transactions and rows read, and the tables it read
 * most, by sequential and index scans (PostgreSQL's cumulative statistics, no extension needed).
 */
final class Resources {

    /** Clock ticks a second of {@code /proc} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    record Snapshot(long nanos, long machineBusyTicks, long serverTicks, long postgresTicks, long loadNanos,
                    Map<String, Long> database, Map<String, Long> rowsByTable) {
    }

    private final AtomicReference<CompletableFuture<Snapshot>> step = new AtomicReference<>();
    private Snapshot started;
    private final String serverPid;
    private final String jdbcUrl;

    Resources(String serverPid, String jdbcUrl) {
        this.serverPid = serverPid == null ? "" : serverPid.strip();
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * The end of the seeding: the snapshot the costs count from when the step's own ({@link #stepStarts}) is not
     * there; with {@code load.profile} (a file name) set, a Java Flight
     * Recorder recording of the server starts here too, stopped by {@link #record} (bench/load/Profile.java reads it).
     */
    void start() {
        profile("JFR.start", "name=load", "settings=profile", "filename=" + System.getProperty("load.profile", ""));
        started = take();
    }

    Snapshot take() {
        return new Snapshot(System.nanoTime(), machineBusy(), serverTicks(),
                postgresTicks(), ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime(), database(), rowsByTable());
    }

    /** The CPU ticks of the server's processes so far: {@code load.serverPid} may name several (a cluster's instances). */
    private long serverTicks() {
        return Arrays.stream(serverPid.split(",")).map(String::strip).filter(pid -> !pid.isEmpty())
                .mapToLong(pid -> processTicks(Path.of("/proc", pid), false)).sum();
    }

    /**
     * The snapshot with the database's statistics read again once its connections have reported them:
     * a PostgreSQL 15 backend reports at most once a second while busy and within ten seconds once idle.
     */
    Snapshot settled(Snapshot taken) {
        try {
            Thread.sleep(11_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Snapshot(taken.nanos(), taken.machineBusyTicks(), taken.serverTicks(), taken.postgresTicks(),
                taken.loadNanos(), database(), rowsByTable());
    }

    /**
     * Writes the cells of what the step cost (from its first arrival), {@code events} registrations or page
     * views, to the file {@code load.resourcesFile} (after the database has reported its statistics).
     */
    void record(long events) {
        CompletableFuture<Snapshot> measured = step.get();
        Snapshot begin = measured == null ? started : measured.join();
        Snapshot taken = take();
        profile("JFR.stop", "name=load");
        Snapshot to = settled(taken);
        try {
            Files.writeString(Path.of(System.getProperty("load.resourcesFile", "resources.txt")), cells(begin, to, events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first step of the measured scenario: its first arrival takes the snapshot that the step's costs count
     * from (on a thread of its own, not Gatling's), so that the columns tell what the step cost — not averaged
     * with the cheaper baseline before it, which made a saturated machine look half idle.
     */
    ChainBuilder stepStarts() {
        return exec(session -> {
            if (step.get() == null) {
                step.compareAndSet(null, CompletableFuture.supplyAsync(this::take));
            }
            return session;
        });
    }

    /** A {@code jcmd} command to the server (the first of its processes), when {@code load.profile} is set. */
    private void profile(String... command) {
        String pid = serverPid.split(",")[0].strip();
        if (System.getProperty("load.profile", "").isBlank() || pid.isEmpty()) {
            return;
        }
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid));
        line.addAll(List.of(command));
        try {
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
            String said = new String(jcmd.getInputStream().readAllBytes());
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + ": " + said);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The arrival rates of {@code load.rates} (comma-separated, per second), {@code defaults} without it. */
    static int[] rates(String defaults) {
        return Arrays.stream(System.getProperty("load.rates", defaults).split(","))
                .mapToInt(r -> Integer.parseInt(r.strip())).toArray();
    }

    /** How many virtual users arrive in all: each rate held {@code seconds}. */
    static int arrivals(int[] rates, int seconds) {
        return Arrays.stream(rates).map(rate -> rate * seconds).sum();
    }

    /** Open-model steps: each rate held {@code seconds}, one after the other. */
    static OpenInjectionStep[] steps(int[] rates, int seconds) {
        OpenInjectionStep[] steps = new OpenInjectionStep[rates.length];
        for (int s = 0; s < rates.length; s++) {
            steps[s] = constantUsersPerSec(rates[s]).during(seconds);
        }
        return steps;
    }

    /**
     * Markdown cells: cores used by the server, PostgreSQL, the load generator and the machine as a
     * whole; commits and rows read per registration; the two tables read most (sequential and index scans).
     */
    static String cells(Snapshot from, Snapshot to, long registrations) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        long perDivisor = Math.max(1, registrations);
        String tables = to.rowsByTable().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - from.rowsByTable().getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(2)
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue() / perDivisor))
                .collect(Collectors.joining(", "));
        return String.format("%.2f | %.2f | %.2f | %.2f | %.1f | %,d | %s",
                (to.serverTicks() - from.serverTicks()) / TICKS / seconds,
                (to.postgresTicks() - from.postgresTicks()) / TICKS / seconds,
                (to.loadNanos() - from.loadNanos()) / 1e9 / seconds,
                (to.machineBusyTicks() - from.machineBusyTicks()) / TICKS / seconds,
                (double) delta(from, to, "xact_commit") / perDivisor,
                (delta(from, to, "tup_returned") + delta(from, to, "tup_fetched")) / perDivisor,
                tables.isEmpty() ? "none" : tables);
    }

    private static long delta(Snapshot from, Snapshot to, String counter) {
        return to.database().getOrDefault(counter, 0L) - from.database().getOrDefault(counter, 0L);
    }

    /** Ticks the machine's cores were busy (all but idle and I/O wait), from the first line of /proc/stat. */
    private static long machineBusy() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException e) {
            return 0;
        }
    }

    /** User and system ticks of every process named postgres (the server and its backends). */
    private static long postgresTicks() {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                try {
                    if (Files.readString(process.resolve("stat")).contains("(postgres)")) {
                        // with the ticks of its ended children: a backend whose connection closed meanwhile (an
                        // instance stopped) leaves its ticks to the postmaster, which has waited for it
                        ticks += processTicks(process, true);
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    /** A process's CPU ticks (user and system), and with {@code children} those of its ended children. */
    private static long processTicks(Path process, boolean children) {
        try {
            String[] stat = Files.readString(process.resolve("stat")).split("\\) ")[1].split(" ");
            return Long.parseLong(stat[11]) + Long.parseLong(stat[12])
                    + (children ? Long.parseLong(stat[13]) + Long.parseLong(stat[14]) : 0);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private Map<String, Long> database() {
        Map<String, Long> counters = new HashMap<>();
        query("select xact_commit, tup_returned, tup_fetched, tup_inserted, tup_updated from pg_stat_database"
                + " where datname = current_database()", rows -> {
                    if (rows.next()) {
                        for (String c : new String[] {"xact_commit", "tup_returned", "tup_fetched", "tup_inserted",
                                "tup_updated"}) {
                            counters.put(c, rows.getLong(c));
                        }
                    }
                });
        return counters;
    }

    /** Rows each table gave to sequential and index scans. */
    private Map<String, Long> rowsByTable() {
        Map<String, Long> rows = new HashMap<>();
        query("select relname, seq_tup_read + coalesce(idx_tup_fetch, 0) from pg_stat_user_tables", r -> {
            while (r.next()) {
                rows.put(r.getString(1), r.getLong(2));
            }
        });
        return rows;
    }

    private interface Rows {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Rows reader) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, System.getProperty("load.dbUser", "postgres"),
                System.getProperty("load.dbPassword", "postgres")); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            reader.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's statistics: " + e.getMessage(), e);
        }
    }
}
