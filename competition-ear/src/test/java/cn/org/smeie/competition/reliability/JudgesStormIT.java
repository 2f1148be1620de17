package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.CrashTest;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fifty judges score a track at once through the API, and the server is killed (kill -9) while they do.
 * <ol>
 *   <li>In the server: a track of 25 approved teams, 50 judges of the track, a round of 6 judges a team
 *       (150 sheets, 3 a judge), scoring open.</li>
 *   <li>All judges at once: each saves its first sheet from two devices at the same instant (one wins, the
 *       other is told "changed meanwhile": no lost update), then drafts and submits every other sheet. Every
 *       sheet as the server keeps it is exactly as last acknowledged.</li>
 *   <li>All judges at once draft and submit the rest; once some are answered the server is killed and started
 *       again. Every acknowledged save and submission is there; a sheet whose request was cut off holds either
 *       the state acknowledged before or exactly what that request sent, nothing half-written; then the judges
 *       carry on and every sheet ends submitted with what was sent.</li>
 *   <li>A clean restart for the tests that follow.</li>
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JudgesStormIT extends CrashTest {

    private static final Logger LOG = Logger.getLogger(JudgesStormIT.class.getName());
    private static final String STATE = "judges-storm-it.properties";
    private static final int TEAMS = 25;
    private static final int JUDGES = 50;
    private static final int JUDGES_PER_TEAM = 6;
    /** Answers of the second storm before the kill: about a quarter of its requests. */
    private static final int ANSWERS_BEFORE_KILL = 40;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(JudgesStormIT.class, JudgesStorm.class, JudgesStorm.Sheet.class);
    }

    @Inject
    Judging judging;

    @Test
    @Order(1)
    void aTrackOf150SheetsFor50Judges() throws Exception {
        List<Registration> teams = FinalsTeams.approvedTeams(TEAMS);
        long track = teams.get(0).getTrack().getId();
        List<String> judges = new ArrayList<>();
        for (int j = 0; j < JUDGES; j++) {
            Account judge = Caller.newAccount("sj", Role.JUDGE, Set.of(track), Set.of()).account();
            judges.add(judge.getUsername());
        }
        Caller.asCommittee();
        Round round = judging.createTrackRound(track);
        round = judging.configure(round.getId(), round.getVersion(), new RoundSettings(new BigDecimal("100"),
                new BigDecimal("0.5"), JUDGES_PER_TEAM, null, null, CriterionForm.notice()));
        assertEquals(TEAMS * JUDGES_PER_TEAM, judging.assignAutomatically(round.getId()).added());
        round = judging.startScoring(round.getId(), round.getVersion());
        Properties state = new Properties();
        state.setProperty("round", Long.toString(round.getId()));
        state.setProperty("judges", String.join(" ", judges));
        state.setProperty("codes", String.join(" ", round.criterionCodes()));
        ServerProcess.keep(STATE, state);
    }

    @Test
    @Order(2)
    @RunAsClient
    void fiftyJudgesAtOnceLoseNoUpdateAndTwoDevicesOfOneJudgeAreTold() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        JudgesStorm storm = storm(state);
        List<String> judges = judges(state);
        int assigned = storm.seed(judges);
        assertEquals(TEAMS * JUDGES_PER_TEAM, assigned, "the round's sheets, every one a judge's");
        all(judges, (judge, j) -> {
            storm.twinSave(judge, j);
            storm.score(judge, j * 10, 2, 0);
        });
        assertEquals(List.of(), List.copyOf(storm.unexpected), "every request answered as expected");
        assertEquals(JUDGES, storm.twinWins.get(), "one device of each judge won");
        assertEquals(JUDGES, storm.twinConflicts.get(), "the other was told the sheet changed meanwhile");
        assertEquals(0, storm.cutOff.get());
        // a judge gets nothing of another judge's sheet, by guessing its id, and changes nothing of it
        JudgesStorm.Sheet others = storm.sheets(judges.get(1)).get(0);
        for (String method : List.of("GET", "PUT")) {
            HttpResponse<String> refused = storm.as(judges.get(0), method, others.id(), others);
            assertEquals(403, refused.statusCode(), method + " another judge's sheet: " + refused.body());
            assertFalse(refused.body().contains(others.scores().keySet().iterator().next()), refused.body());
        }
        int checked = sameAsAcknowledged(storm, judges);
        assertEquals(TEAMS * JUDGES_PER_TEAM, checked);
        long submitted = storm.acknowledged.values().stream().filter(s -> "SUBMITTED".equals(s.status())).count();
        LOG.info(() -> "JudgesStormIT: " + JUDGES + " judges at once: " + storm.sent.get() + " saves and submissions + "
                + JUDGES * 2 + " twin saves, twins " + storm.twinWins.get() + " won / " + storm.twinConflicts.get()
                + " told; " + checked + " sheets checked (" + submitted + " submitted), lost 0");
    }

    @Test
    @Order(3)
    @RunAsClient
    void killedWhileTheySubmitNoAcknowledgedScoreIsLostAndTheyCarryOn() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        JudgesStorm storm = storm(state);
        List<String> judges = judges(state);
        storm.seed(judges); // what the server holds now, as acknowledged before this storm
        CountDownLatch started = new CountDownLatch(1);
        Thread driver = new Thread(() -> {
            try {
                all(judges, (judge, j) -> {
                    started.countDown();
                    storm.score(judge, j * 10 + 1000, 1, 0);
                });
            } catch (Exception e) {
                storm.unexpected.add("storm: " + e);
            }
        });
        driver.start();
        started.await();
        long until = System.nanoTime() + 120_000_000_000L;
        while (storm.answers.get() < ANSWERS_BEFORE_KILL && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        int answeredBeforeKill = storm.answers.get();
        ServerProcess.kill();
        driver.join();
        int sentBeforeKill = storm.sent.get();
        ServerProcess.start();
        assertEquals(List.of(), List.copyOf(storm.unexpected), "every request before the kill answered as expected");
        assertTrue(answeredBeforeKill >= ANSWERS_BEFORE_KILL && storm.cutOff.get() > 0,
                "killed midway: " + answeredBeforeKill + " answered, " + storm.cutOff.get() + " judges cut off");

        // every sheet: as last acknowledged, or exactly what a request cut off by the kill sent
        int cutOffKept = 0;
        List<String> lost = new ArrayList<>();
        for (String judge : judges) {
            for (JudgesStorm.Sheet now : storm.sheets(judge)) {
                JudgesStorm.Sheet acknowledged = storm.acknowledged.get(now.id());
                if (now.version() == acknowledged.version() && now.scores().equals(acknowledged.scores())
                        && now.status().equals(acknowledged.status())) {
                    continue;
                }
                List<Map<String, BigDecimal>> cut = storm.unanswered.getOrDefault(now.id(), List.of());
                if (now.version() == acknowledged.version() + 1 && cut.contains(now.scores())) {
                    cutOffKept++; // done by the server, its answer lost with the kill
                    storm.acknowledged.put(now.id(), now); // the judge, reading the sheet, now knows it done
                } else {
                    lost.add("sheet " + now.id() + ": acknowledged " + acknowledged + ", now " + now
                            + ", cut off " + cut);
                }
            }
        }
        assertEquals(List.of(), lost, "nothing acknowledged lost, nothing half-written");

        // the judges carry on: each reads what the server has and does what is missing
        all(judges, (judge, j) -> storm.score(judge, j * 10 + 1000, 1, 0));
        assertEquals(List.of(), List.copyOf(storm.unexpected), "after the restart every request answered as expected");
        int submitted = 0;
        for (String judge : judges) {
            for (JudgesStorm.Sheet now : storm.sheets(judge)) {
                assertEquals("SUBMITTED", now.status(), "sheet " + now.id());
                submitted++;
            }
        }
        assertEquals(TEAMS * JUDGES_PER_TEAM, submitted);
        assertEquals(TEAMS * JUDGES_PER_TEAM, sameAsAcknowledged(storm, judges));
        String figures = "killed after " + answeredBeforeKill + " of " + sentBeforeKill + " requests answered, "
                + storm.cutOff.get() + " judges cut off, " + cutOffKept + " cut-off requests found done; after the"
                + " restart " + submitted + " sheets submitted, lost 0";
        LOG.info(() -> "JudgesStormIT: " + figures);
        ServerProcess.forget(STATE);
    }

    /** Every judge's sheets as the server has them equal the states last acknowledged; returns how many. */
    private static int sameAsAcknowledged(JudgesStorm storm, List<String> judges) throws Exception {
        int checked = 0;
        for (String judge : judges) {
            for (JudgesStorm.Sheet now : storm.sheets(judge)) {
                assertEquals(storm.acknowledged.get(now.id()), now, "sheet " + now.id() + " of " + judge);
                checked++;
            }
        }
        return checked;
    }

    private static JudgesStorm storm(Properties state) {
        return new JudgesStorm(ServerProcess.BASE + "/", Long.parseLong(state.getProperty("round")),
                List.of(state.getProperty("codes").split(" ")), Caller.CHOSEN_PASSWORD);
    }

    private static List<String> judges(Properties state) {
        return List.of(state.getProperty("judges").split(" "));
    }

    @FunctionalInterface
    private interface JudgeWork {
        void run(String judge, int index) throws Exception;
    }

    /** Every judge on a thread of its own, released together; waits for all. */
    private static void all(List<String> judges, JudgeWork work) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int j = 0; j < judges.size(); j++) {
            String judge = judges.get(j);
            int index = j;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    work.run(judge, index);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "judge-" + j);
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " judges failed, first: " + failures.get(0), failures.get(0));
        }
    }
}
