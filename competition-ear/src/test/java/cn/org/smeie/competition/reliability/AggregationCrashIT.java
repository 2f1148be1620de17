package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.it.AfterFinals;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.CrashTest;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.control.ReportFolder;
import cn.org.smeie.competition.results.entity.RankingRow;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The score aggregation survives its server being killed (kill -9) midway: after the restart the execution
 * shows as interrupted, not running; restarted, it ends with every round ranked exactly as the rule says, one
 * snapshot a round (the restart neither repeats nor skips one), and every round's reports written.
 * Steps as in the certificate job's crash test: in the server, an edition of many scored rounds and a run left
 * while it ranks them; from outside, the kill and the start; in the server again, the restart and the checks;
 * last, a clean restart.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AggregationCrashIT extends CrashTest.KilledMidway {

    private static final Logger LOG = Logger.getLogger(AggregationCrashIT.class.getName());
    private static final String STATE = "aggregation-crash-it.properties";
    private static final int ROUNDS = 30;
    private static final int TEAMS = 4;
    private static final int JUDGES = 3;
    /** Rounds ranked before the server is killed (a few more are by the time the kill comes). */
    private static final int RANKED_BEFORE_KILL = 2;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AggregationCrashIT.class);
    }

    @Inject
    ReportJobs jobs;

    @Inject
    Results results;

    @Inject
    Judging judging;

    @Inject
    TrackCatalog catalog;

    @Test
    @Order(1)
    void aRunIsRankingTheRounds() throws Exception {
        long edition = AfterFinals.openEdition().editionId();
        List<Track> tracks = new ArrayList<>();
        for (int t = 0; t < ROUNDS; t++) {
            tracks.add(catalog.create(edition, new TrackDetails(Deployments.uniqueCode("AC"),
                    "汇总崩溃测试", "Aggregation crash", "场景", "能力", "目标", "承办单位", "赵老师", "13800138000", null)));
        }
        Set<Long> trackIds = tracks.stream().map(Track::getId).collect(Collectors.toSet());
        List<String> judges = new ArrayList<>();
        for (int j = 0; j < JUDGES; j++) {
            judges.add(Caller.newAccount("acj", Role.JUDGE, trackIds, Set.of()).account().getUsername());
        }
        List<Long> rounds = new ArrayList<>();
        List<String> codes = List.of();
        Map<Long, Integer> teamIndex = new HashMap<>();
        for (Track track : tracks) {
            Caller.asCommittee();
            List<Registration> teams = FinalsTeams.approvedTeams(track, TEAMS);
            for (int i = 0; i < teams.size(); i++) {
                teamIndex.put(teams.get(i).getId(), i);
            }
            Round round = judging.createTrackRound(track.getId());
            round = judging.configure(round.getId(), round.getVersion(), new RoundSettings(new BigDecimal("100"),
                    new BigDecimal("0.5"), JUDGES, null, null, CriterionForm.notice()));
            judging.assignAutomatically(round.getId());
            rounds.add(judging.startScoring(round.getId(), round.getVersion()).getId());
            codes = round.criterionCodes();
        }
        List<String> criteria = codes;
        for (String judge : judges) {
            Caller.as(judge, Caller.CHOSEN_PASSWORD);
            for (long round : rounds) {
                for (ScoreSheet sheet : judging.mySheets(round)) {
                    // team i of every round: 60 + 10 i from every judge, so the ranking is team 3, 2, 1, 0
                    BigDecimal score = new BigDecimal(60 + 10 * teamIndex.get(sheet.getRegistration().getId()));
                    Map<String, BigDecimal> scores = new HashMap<>();
                    criteria.forEach(code -> scores.put(code, score));
                    judging.submit(sheet.getId(), sheet.getVersion(), scores, null);
                }
            }
        }
        Caller.asCommittee();
        long execution = jobs.aggregateScores(edition);
        long until = System.currentTimeMillis() + 120_000;
        while (ranked(rounds) < RANKED_BEFORE_KILL && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
        assertEquals("STARTED", jobs.run(execution).status(), "the job runs when the server is killed");
        // and a run started the instant before the kill: the job repository must keep what it acknowledged
        long lastStarted = jobs.exportTrackDirectory(edition);
        Properties state = new Properties();
        state.setProperty("execution", Long.toString(execution));
        state.setProperty("lastStarted", Long.toString(lastStarted));
        state.setProperty("rounds", rounds.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        ServerProcess.keep(STATE, state);
    }

    @Test
    @Order(3)
    void restartedItRanksEveryRoundOnceAsTheRuleSays() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        long killed = Long.parseLong(state.getProperty("execution"));
        List<Long> rounds = Arrays.stream(state.getProperty("rounds").split(" ")).map(Long::valueOf).toList();
        Caller.asCommittee();
        assertEquals(ReportJobs.INTERRUPTED, jobs.run(killed).status(), "the killed run is known for what it is");
        int survived = ranked(rounds);
        assertTrue(survived >= RANKED_BEFORE_KILL, "killed midway: " + survived + " of " + ROUNDS + " rounds ranked");

        long lastStarted = Long.parseLong(state.getProperty("lastStarted"));
        String lastStartedStatus;
        try {
            lastStartedStatus = jobs.run(lastStarted).status();
        } catch (EJBException lost) {
            lastStartedStatus = "unknown to the job repository: " + lost.getCause();
        }
        assertTrue(Set.of(ReportJobs.INTERRUPTED, "COMPLETED").contains(lastStartedStatus),
                "execution " + lastStarted + ", started just before the kill: " + lastStartedStatus);

        JobRun again = Jobs.completed(jobs, jobs.restart(killed), Duration.ofMinutes(5));
        assertTrue(again.executionId() > lastStarted, "the restart's execution " + again.executionId()
                + " has an id never given before (files are named by it), the last was " + lastStarted);
        List<String> wrong = new ArrayList<>();
        for (long round : rounds) {
            int snapshots = results.snapshots(round).size();
            List<Integer> ranks = new ArrayList<>();
            List<String> order = new ArrayList<>();
            for (RankingRow row : results.ranking(round, null)) {
                ranks.add(row.rank());
                order.add(row.teamName().replaceAll("^决赛队(\\d+).*", "$1"));
            }
            Set<ReportFolder.Kind> reports = results.reportsOf(round);
            if (snapshots != 1 || !order.equals(List.of("3", "2", "1", "0")) || !ranks.equals(List.of(1, 2, 3, 4))
                    || !reports.equals(new HashSet<>(Arrays.asList(ReportFolder.Kind.values())))) {
                wrong.add("round " + round + ": " + snapshots + " snapshots, order " + order + ", ranks " + ranks
                        + ", reports " + reports);
            }
        }
        assertEquals(List.of(), wrong, "every round ranked once, by the rule, with its reports");
        LOG.info(() -> "AggregationCrashIT: killed with " + survived + " of " + ROUNDS + " rounds ranked; restarted,"
                + " " + ROUNDS + " rounds checked: one snapshot each, ranking as the rule says, reports written");
        ServerProcess.forget(STATE);
    }

    private int ranked(List<Long> rounds) {
        int ranked = 0;
        for (long round : rounds) {
            ranked += results.snapshots(round).isEmpty() ? 0 : 1;
        }
        return ranked;
    }
}
