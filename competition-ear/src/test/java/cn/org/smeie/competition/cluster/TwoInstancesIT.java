package cn.org.smeie.competition.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.ClusterFixture;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsFixture;
import cn.org.smeie.competition.it.StageStream;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The system tests of the cluster (issue 12): two Payara instances of one deployment group on a PostgreSQL of
 * their own, nginx in front, brought up from nothing by {@code ops/cluster.sh up} as an operator does, with the
 * EAR as built plus the tests' fixtures; taken down at the end. Run with {@code mvn -Pcluster verify}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Logger LOG = Logger.getLogger(TwoInstancesIT.class.getName());
    private static final String COMMITTEE = "committee";
    private static final String COMMITTEE_PASSWORD = "Cluster-Test-Pass-7";
    private static final String CHOSEN_PASSWORD = "it-Chosen-Pass-7";
    private static final String I1 = "http://127.0.0.1:31080/";
    private static final String I2 = "http://127.0.0.1:32080/";
    private static final String BALANCER = "http://127.0.0.1:8090/";
    /** The test hook of the nightly timer: the same timer method, fired at second 15 and 45 of every minute. */
    private static final int[] TIMER_SECONDS = {15, 45};

    private static final Path DIR = Path.of(System.getProperty("cluster.dir", "target/cluster-test"));
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void up() throws Exception {
        for (String port : List.of("8090", "30048", "31080", "32080", "25432")) {
            assertTrue(!answers("http://127.0.0.1:" + port + "/"), "something answers on port " + port
                    + ": a cluster is running (ops/cluster.sh down), the system tests bring up their own");
        }
        // from nothing: a new database, file store and domain (the unpacked Payara stays)
        for (String gone : List.of("postgres", "files", "nginx", "payara6/glassfish/domains/competition-cluster",
                "payara6/glassfish/nodes")) {
            delete(DIR.resolve(gone));
        }
        Path ear = DIR.resolve("competition-test.ear");
        archive().as(ZipExporter.class).exportTo(ear.toFile(), true);
        Map<String, String> env = Map.of("CLUSTER_DIR", DIR.toString(), "CLUSTER_EAR", ear.toString(),
                "CLUSTER_JVM_OPTIONS", String.join(" ", "-Dcompetition.admin.username=" + COMMITTEE,
                        "-Dcompetition.admin.password=" + COMMITTEE_PASSWORD,
                        // the fixtures' mailbox (GreenMail) runs in the instance whose fixture signs a team up
                        "-Dmail.smtp.host=127.0.0.1", "-Dmail.smtp.port=28025"));
        long started = System.nanoTime();
        assertEquals(0, cluster(env, "up"), "ops/cluster.sh up: see " + DIR.resolve("cluster.log"));
        LOG.info("cluster up from nothing in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
        for (String instance : List.of(I1, I2, BALANCER)) {
            assertEquals(200, get(instance + "login.xhtml", null).statusCode(), instance);
        }
    }

    @AfterAll
    static void down() throws Exception {
        ops("down");
    }

    @Test
    @Order(1)
    void aScoreSubmittedOnInstanceOneReachesABigScreenOnInstanceTwoWithinASecond() throws Exception {
        String[] fixture = fixture(I1, "finals");
        long round = Long.parseLong(fixture[0]);
        String team = fixture[1];
        String judge = Api.basic(fixture[2], CHOSEN_PASSWORD);
        try (StageStream screen = StageStream.open(I2, round, null)) {
            assertEquals(200, screen.status());
            screen.await(v -> team.equals(v.getString("teamName", null)), 10);
            String scores = Arrays.stream(fixture[5].split(",")).map(code -> "\"" + code + "\":90")
                    .collect(Collectors.joining(",", "{\"scores\":{", "},\"comment\":null}"));
            HttpResponse<String> submitted = new Api(I1).send("POST", "api/judging/sheets/" + fixture[3]
                    + "/submission", judge, fixture[4], scores);
            long returned = System.nanoTime();
            assertEquals(200, submitted.statusCode(), submitted.body());
            StageStream.Received shown = screen.await(v -> v.getInt("submitted", 0) == 1, 10);
            long millis = (shown.nanos() - returned) / 1_000_000;
            LOG.info("a score submitted on i1 reached a screen on i2 " + millis + " ms after the submission returned");
            assertTrue(millis < 1000, "on the screen of the other instance within a second: " + millis + " ms");
            assertEquals("90.00", shown.view().getJsonArray("judges").getJsonObject(0).getJsonNumber("total")
                    .bigDecimalValue().setScale(2).toPlainString());
        }
    }

    @Test
    @Order(2)
    void theNightlyTimerStartsExactlyOneExecutionEachTimeItFiresInTheGroup() throws Exception {
        Firings firings = Firings.watch(I1, Duration.ofSeconds(100));
        LOG.info("the nightly export's executions, both instances up: " + firings);
        assertTrue(firings.scheduled.size() >= 3, "three firings due in 100 s: " + firings);
        firings.assertOneExecutionEach(firings.scheduled, "both instances up");
        // the executions, wherever they ran, are the same from both instances (one job repository)
        Set<String> seenFromOne = endedRuns(runs(I1, "track-directory-export"));
        Set<String> seenFromTwo = endedRuns(runs(I2, "track-directory-export"));
        assertTrue(seenFromOne.size() >= firings.scheduled.size() - 1, seenFromOne.toString());
        assertTrue(seenFromTwo.containsAll(seenFromOne), seenFromOne + " from i1, " + seenFromTwo + " from i2");
    }

    @Test
    @Order(3)
    void aJobStartedOnOneInstanceIsFollowedFromBothAndItsCertificateDownloadsThroughTheOther()
            throws Exception {
        // a job long enough to be watched: the certificates of 1,000 honours, started on i1
        String edition = fixture(I1, "honours")[0];
        String execution = fixture(I1, "certificates/" + edition + "/job")[0];
        // both instances asked at once, as two committee members' job pages would, until both see it ended
        Map<String, List<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        List<Thread> pages = new ArrayList<>();
        for (String instance : List.of(I1, I2)) {
            List<String> views = java.util.Collections.synchronizedList(new ArrayList<>());
            seen.put(instance, views);
            Thread page = new Thread(() -> {
                long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                try {
                    while (System.nanoTime() < until && !ended(views)) {
                        HttpResponse<String> run = get(instance + "api/test-fixtures/cluster/runs/" + execution, null);
                        String[] line = run.body().split(" ");
                        views.add(run.statusCode() == 200 ? line[1] + "/" + line[2] : "HTTP " + run.statusCode());
                    }
                } catch (Exception e) {
                    views.add(e.toString());
                }
            });
            page.start();
            pages.add(page);
        }
        for (Thread page : pages) {
            page.join();
        }
        LOG.info("certificate job " + execution + " as i1 saw it: " + distinct(seen.get(I1)) + "; as i2 saw it: "
                + distinct(seen.get(I2)));
        String last = seen.get(I1).get(seen.get(I1).size() - 1);
        assertTrue(last.startsWith("COMPLETED/"), last);
        assertEquals(last, seen.get(I2).get(seen.get(I2).size() - 1), "the same end from both");
        long total = Long.parseLong(last.substring("COMPLETED/".length()));
        assertEquals(1000, total, "every honour's certificate read");
        // the batch runtime records a partition's count when the partition ends: what both can see while the job
        // runs is that it runs (and, when one partition ends before the other, its count)
        assertTrue(seen.get(I2).stream().anyMatch(v -> v.startsWith("STARTED/")),
                "i2 saw the job running on i1: " + distinct(seen.get(I2)));

        String[] fixture = fixture(I1, "certificates");
        String contact = Api.basic(fixture[2], CHOSEN_PASSWORD);
        String otherTeam = Api.basic(fixture[3], CHOSEN_PASSWORD);
        // the team's certificates, made by i1 into the shared store, through i2
        HttpResponse<String> mine = get(I2 + "api/certificates/mine", contact);
        assertEquals(200, mine.statusCode(), mine.body());
        List<Long> ids = numbers(mine.body(), "id");
        assertEquals(4, ids.size(), "the team's and its three members': " + mine.body());
        HttpResponse<byte[]> pdf = HTTP.send(request(I2 + "api/certificates/files/" + ids.get(0), contact).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(pdf.body().length > 10_000, pdf.body().length + " bytes");
        LOG.info("certificate " + ids.get(0) + " made on i1 downloaded through i2: " + pdf.body().length + " bytes");
        // and not by another team
        assertEquals(403, get(I2 + "api/certificates/files/" + ids.get(0), otherTeam).statusCode());
    }

    @Test
    @Order(4)
    void aSignedInUserKeepsWorkingWhenTheInstanceServingThemIsKilled() throws Exception {
        HttpResponse<String> current = get(BALANCER + "api/editions/current", null);
        assertEquals(200, current.statusCode(), current.body());
        // a page only a signed-in user may read: signed in once, then the session alone
        String tracks = BALANCER + "api/tracks?edition=" + Api.number(current.body(), "id");
        assertEquals(401, get(tracks, null).statusCode(), "without a sign-in: refused");
        // a browser's cookie jar: the session id and the replicated session's version cookie go back as they came
        java.net.CookieManager jar = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> signedIn = browser.send(request(tracks, Api.basic(COMMITTEE, COMMITTEE_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        String session = jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no session: " + signedIn.headers()));
        String victim = session.substring(session.lastIndexOf('.') + 1);
        assertTrue(victim.matches("i[12]"), session);
        int sent = 0;
        int failed = 0;
        int afterKill = 0;
        long longestGap = 0;
        long lastAnswer = System.nanoTime();
        long start = System.nanoTime();
        boolean killed = false;
        while (System.nanoTime() - start < Duration.ofSeconds(15).toNanos()) {
            if (!killed && System.nanoTime() - start > Duration.ofSeconds(3).toNanos()) {
                assertEquals(0, ops("kill", victim.substring(1)));
                killed = true;
            }
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(tracks))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            sent++;
            long now = System.nanoTime();
            if (answer.statusCode() == 200) {
                longestGap = Math.max(longestGap, now - lastAnswer);
                lastAnswer = now;
                afterKill += killed ? 1 : 0;
            } else {
                failed++;
                LOG.warning("request " + sent + ": HTTP " + answer.statusCode());
            }
        }
        LOG.info("failover: " + sent + " requests with the session of " + victim + ", " + failed + " failed, "
                + afterKill + " answered after the kill, longest time between two answers "
                + longestGap / 1_000_000 + " ms");
        assertEquals(0, failed, "requests failed while " + victim + " died");
        assertTrue(afterKill > 0, "answered after the kill");

        // the instance comes back, and serves the same session
        assertEquals(0, ops("start", victim.substring(1)));
        String back = "i1".equals(victim) ? I1 : I2;
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(tracks.replace(BALANCER, back)))
                .header("Cookie", jar.getCookieStore().getCookies().stream().map(Object::toString)
                        .collect(Collectors.joining("; "))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode(), "the restarted " + victim + " knows the session");
    }

    @Test
    @Order(5)
    void theNightlyTimerMovesToTheOtherInstanceWhenItsOwnerIsLostAndRunsOnceWhenTheOwnerIsBack() throws Exception {
        String timers = asadmin("list-timers", "competition");
        String owner = timers.lines().map(String::strip).filter(l -> l.matches("i[12]: [1-9]\\d*"))
                .map(l -> l.substring(0, 2)).findFirst()
                .orElseThrow(() -> new AssertionError("no instance owns the timers: " + timers));
        String survivor = "i1".equals(owner) ? I2 : I1;
        LOG.info("list-timers: " + owned(timers) + "; " + owner + " killed");

        // the owner lost, nobody told: the data grid's remaining member takes its timers over by itself (Payara
        // restores a removed member's timers there); a firing due while the loss is being noticed may come late
        assertEquals(0, ops("kill", owner.substring(1)));
        Firings alone = Firings.watch(survivor, Duration.ofSeconds(100));
        LOG.info("the nightly export's executions, " + owner + " killed: " + alone + "; list-timers: "
                + owned(asadmin("list-timers", "competition")));
        alone.assertAtMostOneEach(owner + " killed");
        List<Long> lastTwo = alone.scheduled.subList(Math.max(0, alone.scheduled.size() - 2), alone.scheduled.size());
        assertEquals(2, lastTwo.size(), alone.toString());
        alone.assertOneExecutionEach(lastTwo, owner + " killed, the last two firings");

        // the owner back: the timers stay with the instance that took them, and no firing runs twice
        assertEquals(0, ops("start", owner.substring(1)));
        Firings both = Firings.watch(I1, Duration.ofSeconds(100));
        LOG.info("the nightly export's executions, " + owner + " back: " + both + "; list-timers: "
                + owned(asadmin("list-timers", "competition")));
        both.assertOneExecutionEach(both.scheduled, owner + " back");
    }

    private static List<String> owned(String listTimers) {
        return listTimers.lines().filter(l -> l.matches("i[12]: \\d+")).toList();
    }

    /**
     * The executions of the nightly export (its test schedule) that started while a test watched: on time, those
     * that started within {@link #ON_TIME} of a firing of the schedule, by firing; late, the others (a firing
     * missed while an instance was lost, made up when its timer is restored).
     */
    private static final class Firings {

        static final Duration ON_TIME = Duration.ofSeconds(10);

        /** The firings due while watched whose executions had time to start. */
        final List<Long> scheduled = new ArrayList<>();
        final Map<Long, List<String>> onTime = new TreeMap<>();
        final List<String> late = new ArrayList<>();

        /** Watches for {@code window}, then reads the executions from {@code instance}. */
        static Firings watch(String instance, Duration window) throws Exception {
            long from = System.currentTimeMillis();
            Thread.sleep(window.toMillis());
            long to = System.currentTimeMillis();
            Firings firings = new Firings();
            for (long second = from / 1000 + 1; second * 1000 + ON_TIME.toMillis() < to; second++) {
                if (due(second)) {
                    firings.scheduled.add(second);
                }
            }
            for (String[] run : runs(instance, "track-directory-export")) {
                long start = Long.parseLong(run[3]);
                if (start < from) {
                    continue;
                }
                // the firing due at most ON_TIME before the start (also one due too late in the window to count)
                long firing = -1;
                for (long second = start / 1000; second * 1000 > start - ON_TIME.toMillis(); second--) {
                    if (due(second)) {
                        firing = second;
                        break;
                    }
                }
                if (firing < 0) {
                    firings.late.add(run[0] + ":" + run[1]);
                } else {
                    firings.onTime.computeIfAbsent(firing, f -> new ArrayList<>()).add(run[0] + ":" + run[1]);
                }
            }
            return firings;
        }

        /** Whether the test schedule fires at this second (epoch seconds). */
        static boolean due(long second) {
            return Arrays.stream(TIMER_SECONDS).anyMatch(t -> t == second % 60);
        }

        void assertOneExecutionEach(List<Long> firings, String when) {
            for (long firing : firings) {
                assertEquals(1, onTime.getOrDefault(firing, List.of()).size(),
                        when + ": one execution for the firing at " + java.time.Instant.ofEpochSecond(firing)
                                + ": " + this);
            }
        }

        void assertAtMostOneEach(String when) {
            onTime.forEach((firing, runs) -> assertTrue(runs.size() <= 1, when + ": the firing at "
                    + java.time.Instant.ofEpochSecond(firing) + " ran " + runs.size() + " times: " + this));
        }

        @Override
        public String toString() {
            return scheduled.stream().map(f -> java.time.Instant.ofEpochSecond(f).toString().substring(11, 19) + "="
                    + onTime.getOrDefault(f, List.of())).collect(Collectors.joining(", ", "firings [", "]"))
                    + ", late " + late;
        }
    }

    // --- the cluster

    /** The test archive: the EAR as built with the fixtures, and the nightly timer's test schedule. */
    private static EnterpriseArchive archive() {
        EnterpriseArchive ear = Deployments.ear(ClusterFixture.class, FinalsFixture.class);
        String seconds = Arrays.stream(TIMER_SECONDS).mapToObj(String::valueOf).collect(Collectors.joining(","));
        // the nightly export's timer method, with a schedule for the test: the descriptor adds it to the 02:00 one
        ear.getAsType(JavaArchive.class, "competition-batch.jar").addAsManifestResource(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
                    <enterprise-beans>
                        <session>
                            <ejb-name>ReportSchedule</ejb-name>
                            <timer>
                                <schedule><second>%s</second><minute>*</minute><hour>*</hour></schedule>
                                <timeout-method><method-name>exportTrackDirectory</method-name></timeout-method>
                                <persistent>true</persistent>
                                <timezone>Asia/Shanghai</timezone>
                                <info>nightly track-directory-export (test schedule)</info>
                            </timer>
                        </session>
                    </enterprise-beans>
                    <assembly-descriptor>
                        <application-exception>
                            <exception-class>cn.org.smeie.competition.platform.error.CompetitionException</exception-class>
                            <rollback>true</rollback>
                            <inherited>true</inherited>
                        </application-exception>
                    </assembly-descriptor>
                </ejb-jar>
                """.formatted(seconds)), "ejb-jar.xml");
        return ear;
    }

    /** The answer of an asadmin command to the cluster's domain (its admin port, 30048). */
    private static String asadmin(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", DIR.resolve("payara6/glassfish/lib/client/appserver-cli.jar").toString(),
                "--port", "30048"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "asadmin " + String.join(" ", args) + ": " + answer);
        return answer;
    }

    /** Runs {@code ops/cluster.sh args} on the test's cluster (its folder). */
    private static int ops(String... args) throws Exception {
        return cluster(Map.of("CLUSTER_DIR", DIR.toString()), args);
    }

    /** Runs ops/cluster.sh; its output goes to cluster.log in the cluster's folder. */
    private static int cluster(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("ops/cluster.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve("cluster.log").toFile()));
        // not the settings Maven gives the suite's own server (its H2 database, folder, mail): the instances read
        // the cluster's, as a production server started by an operator does
        builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("COMPETITION_")
                || name.startsWith("MAIL_") || name.startsWith("BENCH_"));
        builder.environment().putAll(env);
        return builder.start().waitFor();
    }

    // --- HTTP

    private static String[] fixture(String instance, String name) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(instance
                        + "api/test-fixtures/cluster/" + name)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().split("\n");
    }

    /** Executions of a job as an instance reads them: id, status, items read, start. */
    private static List<String[]> runs(String instance, String job) throws Exception {
        HttpResponse<String> response = get(instance + "api/test-fixtures/cluster/runs?job=" + job, null);
        assertEquals(200, response.statusCode(), response.body());
        return response.body().isBlank() ? List.of()
                : response.body().lines().map(line -> line.split(" ")).toList();
    }

    private static Set<String> endedRuns(List<String[]> runs) {
        return runs.stream().filter(r -> !r[1].startsWith("START")).map(r -> r[0] + " " + r[1])
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean ended(List<String> seen) {
        return !seen.isEmpty() && Stream.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                .anyMatch(seen.get(seen.size() - 1)::startsWith);
    }

    private static List<String> distinct(List<String> seen) {
        return seen.stream().distinct().toList();
    }

    private static List<Long> numbers(String json, String name) {
        return java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(json).results()
                .map(m -> Long.parseLong(m.group(1))).sorted(Comparator.naturalOrder()).toList();
    }

    private static HttpRequest.Builder request(String url, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static HttpResponse<String> get(String url, String authorization) throws Exception {
        return HTTP.send(request(url, authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean answers(String url) throws InterruptedException {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException other) {
            return true;
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
