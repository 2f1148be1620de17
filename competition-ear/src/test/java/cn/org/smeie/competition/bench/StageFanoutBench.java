package cn.org.smeie.competition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.FinalsTeams.FinalsTeam;
import cn.org.smeie.competition.it.StageStream;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live finals' fan-out (issue: 500 audience connections receiving a pushed score, submit → received
 * p95 &lt; 200 ms): a judge submits a sheet of the team on stage, and the time until each screen connected
 * to the stage's server-sent events has the judge's total is one sample. Baseline in the same run: the
 * same submit watched by one screen. Blocks of one and of {@value #AUDIENCE} screens alternate, each
 * with its own teams ({@value #TEAMS_PER_BLOCK} teams of {@value #JUDGES} judges), so that neither gets
 * the warmer server. The screens are clients in the server's own JVM (one HTTP client, no thread per
 * screen): on this machine they share its two cores, as a load generator on loopback would.
 */
@ExtendWith(ArquillianExtension.class)
class StageFanoutBench {

    static final int AUDIENCE = Integer.getInteger("bench.audience",
            Integer.parseInt(System.getenv().getOrDefault("BENCH_AUDIENCE", "500")));
    private static final int BLOCKS = 4;
    private static final int TEAMS_PER_BLOCK = 2;
    private static final int JUDGES = 5;
    private static final int WAIT_SECONDS = 30;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(StageFanoutBench.class, Audience.class, Audience.Event.class, Audience.Screen.class);
    }

    @Inject
    LiveFinals finals;

    @Inject
    Judging judging;

    @Test
    void aSubmittedTotalReachesFiveHundredScreens() throws Exception {
        List<FinalsTeam> teams = FinalsTeams.inFinals(BLOCKS * TEAMS_PER_BLOCK, JUDGES);
        long round = teams.get(0).roundId();
        Caller.asCommittee();
        if (!finals.stage(round).audiencePublic()) {
            finals.openToAudience(round, finals.stage(round).version(), true);
        }
        List<Double> one = new ArrayList<>();
        List<Double> many = new ArrayList<>();
        List<Double> lastOfMany = new ArrayList<>();
        int missed = 0;
        long connectMillis = 0;
        for (int block = 0; block < BLOCKS; block++) {
            int screens = block % 2 == 0 ? 1 : AUDIENCE;
            long opening = System.nanoTime();
            try (Audience audience = Audience.open(StageStream.base(), round, screens)) {
                long[] connected = audience.await(view -> true, WAIT_SECONDS);
                assertEquals(0, Arrays.stream(connected).filter(t -> t < 0).count(), "every screen connects");
                if (screens > 1) {
                    connectMillis = (System.nanoTime() - opening) / 1_000_000;
                }
                for (FinalsTeam team : teams.subList(block * TEAMS_PER_BLOCK, (block + 1) * TEAMS_PER_BLOCK)) {
                    Caller.asCommittee();
                    finals.present(round, finals.stage(round).version(), team.team().getId());
                    String name = team.team().getTeamName();
                    audience.await(view -> name.equals(view.getString("teamName", null)), WAIT_SECONDS);
                    for (int j = 0; j < JUDGES; j++) {
                        Caller.as(team.judges().get(j).getUsername(), Caller.CHOSEN_PASSWORD);
                        ScoreSheet sheet = judging.mySheets(round).stream()
                                .filter(s -> s.getRegistration().getId().equals(team.team().getId()))
                                .findFirst().orElseThrow();
                        int number = j + 1;
                        long before = System.nanoTime();
                        judging.submit(sheet.getId(), sheet.getVersion(), scores(), null);
                        long[] arrivals = audience.await(view -> name.equals(view.getString("teamName", null))
                                && shows(view, number), WAIT_SECONDS);
                        double last = 0;
                        for (long arrival : arrivals) {
                            if (arrival < 0) {
                                missed++;
                                continue;
                            }
                            double millis = (arrival - before) / 1e6;
                            (screens == 1 ? one : many).add(millis);
                            last = Math.max(last, millis);
                        }
                        if (screens > 1) {
                            lastOfMany.add(last);
                        }
                    }
                }
            }
        }
        Caller.signOut();
        String row = String.format("| %d screens | %d submits × %d screens = %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms"
                        + " | %.1f ms (%.1f×) | %.1f ms (%.1f×) | %d | %.1f s |%n", AUDIENCE, lastOfMany.size(), AUDIENCE,
                many.size(), percentile(one, 50), percentile(one, 95), percentile(many, 50), percentile(many, 95),
                percentile(lastOfMany, 50), percentile(lastOfMany, 50) / percentile(one, 50),
                percentile(lastOfMany, 95), percentile(lastOfMany, 95) / percentile(one, 95), missed,
                connectMillis / 1000.0);
        System.out.print(row);
        write(row);
        assertEquals(0, missed, "every screen receives every total");
    }

    /** The judge's total is on the screen. */
    private static boolean shows(JsonObject view, int judge) {
        return view.getJsonArray("judges").getValuesAs(JsonObject.class).stream()
                .anyMatch(j -> j.getInt("number") == judge && j.containsKey("total") && !j.isNull("total"));
    }

    private static Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> scores = new HashMap<>();
        for (String code : List.of("IMPORTANCE", "ORIGINALITY", "BREAKTHROUGH", "TRANSFERABILITY")) {
            scores.put(code, new BigDecimal("86"));
        }
        return scores;
    }

    /** The nearest-rank percentile of the samples. */
    static double percentile(List<Double> samples, int percent) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void write(String row) throws IOException {
        Path out = Path.of(System.getenv().getOrDefault("BENCH_OUTPUT", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(out);
        Files.writeString(out.resolve("finals-fanout.md"), row);
    }
}
