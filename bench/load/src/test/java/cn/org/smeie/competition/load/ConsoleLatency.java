package cn.org.smeie.competition.load;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console under reading load (issue: hosts opening their track's team list, a lazy table, with
 * 17,000 teams in the edition, at 100 page views/s, p95 < 100 ms): six tracks of the current edition
 * get {@code load.teams} teams between them through the import (seeded by {@code load.seed}, not
 * timed; once a database: the hosts are listed in {@code load.seedFile} and later runs sign them in
 * again), two signed-in hosts each; then page views of the team list arrive at a constant rate that
 * rises step by step (open model), each as one of the hosts. The baseline before each: a static file
 * of the same server at the same rate.
 */
public class ConsoleLatency extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://localhost:8080");
    private static final int[] RATES = Resources.rates("25,50,100");
    private static final int STEP = Integer.getInteger("load.step", 10);
    private static final int TEAMS = Integer.getInteger("load.teams", 17_000);
    private static final int TRACKS = 6;
    private static final int HOSTS_PER_TRACK = 2;
    private static final String PASSWORD = "Load-Host-2026";
    private static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 31), 36);

    private final Resources resources = new Resources(System.getProperty("load.serverPid", ""),
            System.getProperty("load.jdbcUrl", ""));
    private final List<SessionCookies> sessions = new ArrayList<>();
    private int views;

    @Override
    public void before() {
        views = Resources.arrivals(RATES, STEP);
        try {
            Seeder seeder = Seeder.ofEnvironment(BASE, Path.of(System.getProperty("load.data", "../../data")));
            Path seeded = Path.of(System.getProperty("load.seedFile", "console-seed.txt"));
            long start = System.nanoTime();
            if (Files.exists(seeded)) {
                // the edition was filled by an earlier step of this run: its hosts sign in again
                for (String host : Files.readAllLines(seeded)) {
                    sessions.add(seeder.signIn(host, PASSWORD));
                }
            } else {
                Random random = new Random(Long.getLong("load.seed", 2023));
                List<String> hosts = new ArrayList<>();
                int teams = 0;
                for (int t = 0; t < TRACKS; t++) {
                    String code = "LC" + RUN.toUpperCase() + t;
                    long track = seeder.openTrack(code);
                    teams += seeder.importTeams(track, code, TEAMS / TRACKS, random);
                    for (int h = 0; h < HOSTS_PER_TRACK; h++) {
                        String host = "host-" + RUN + "-" + t + "-" + h;
                        sessions.add(seeder.host(host, track, PASSWORD));
                        hosts.add(host);
                    }
                }
                Files.write(seeded, hosts);
                System.out.printf("seeded %d teams in %d tracks and %d signed-in hosts in %.0f s%n", teams, TRACKS,
                        sessions.size(), (System.nanoTime() - start) / 1e9);
            }
            resources.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the load test: " + e.getMessage(), e);
        }
    }

    @Override
    public void after() {
        resources.record(views);
    }

    /** The hosts' sessions in turn, for ever. */
    private Iterator<Map<String, Object>> hosts() {
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return sessions.get(Math.floorMod(next.getAndIncrement(), sessions.size())).attributes();
            }
        };
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE).disableCaching().disableFollowRedirect();

        ScenarioBuilder baseline = scenario("baseline: static file")
                .exec(http("static file").get("/resources/css/console.css").check(status().is(200)));

        // a full first page of the lazy table: its 20th row is there (PrimeFaces numbers rows from 0)
        ScenarioBuilder teamList = scenario("console: a host's team list")
                .exec(resources.stepStarts())
                .feed(hosts())
                .exec(SessionCookies.resume(BASE))
                .exec(http("team list").get("/console/registrations.xhtml")
                        .check(status().is(200), substring("data-ri=\"19\"").exists()));

        setUp(baseline.injectOpen(Resources.steps(RATES, STEP))
                .andThen(teamList.injectOpen(Resources.steps(RATES, STEP)))).protocols(protocol);
    }

}
