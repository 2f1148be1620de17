package cn.org.smeie.competition.finals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.FinalsTeams.FinalsTeam;
import cn.org.smeie.competition.it.StageStream;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.Finalist;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.judging.entity.StagePhase;
import cn.org.smeie.competition.judging.entity.StageView;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live finals (评委亮分): finalists, the stage run by the committee, each judge's total pushed to
 * the screens as it is submitted (measured over real server-sent events), the extremes struck, the
 * final score revealed only when every judge has submitted, and who may watch or run the stage.
 */
@ExtendWith(ArquillianExtension.class)
class LiveFinalsIT {

    private static final Logger LOG = Logger.getLogger(LiveFinalsIT.class.getName());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(LiveFinalsIT.class);
    }

    @Inject
    LiveFinals finals;

    @Inject
    Judging judging;

    @Inject
    Registrations registrations;

    @Inject
    AuditLog audit;

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void eachJudgesTotalReachesTheScreensWithinASecondTheExtremesAreStruckAndTheScoreIsRevealed() throws Exception {
        FinalsTeam finalist = FinalsTeams.inFinals(1, 5).get(0);
        long round = finalist.roundId();
        StageView stage = finals.openToAudience(round, finals.stage(round).version(), true);
        StageView onStage = finals.present(round, stage.version(), finalist.team().getId());
        assertEquals(StagePhase.ON_STAGE, onStage.phase());
        assertEquals(finalist.team().getTeamName(), onStage.teamName());
        assertEquals(5, onStage.judges().size());
        assertTrue(onStage.judges().stream().allMatch(j -> j.total() == null && !j.struck()));
        assertNull(onStage.finalScore());

        // each judge's four scores are equal, so the weighted total is that score
        String[] totals = {"80", "85", "90", "70", "95"};
        List<Long> latencies = new ArrayList<>();
        StageStream.Received last = null;
        try (StageStream screen = StageStream.open(StageStream.base(), round, null)) {
            assertEquals(200, screen.status(), "the screen is open to the audience: no sign-in");
            screen.await(v -> finalist.team().getTeamName().equals(v.getString("teamName", null)), 10);
            for (int i = 0; i < totals.length; i++) {
                if (i == 4) {
                    Caller.asCommittee();
                    ConflictException early = assertThrows(ConflictException.class,
                            () -> finals.reveal(round, finals.stage(round).version()));
                    assertEquals("finals.stage.incomplete", early.key(), "no score before every judge has shown");
                }
                Account judge = finalist.judges().get(i);
                Caller.as(judge.getUsername(), Caller.CHOSEN_PASSWORD);
                ScoreSheet sheet = judging.mySheets(round).stream()
                        .filter(s -> s.getRegistration().getId().equals(finalist.team().getId())).findFirst().orElseThrow();
                int number = i + 1;
                String total = totals[i];
                long before = System.nanoTime();
                judging.submit(sheet.getId(), sheet.getVersion(), scores(totals[i]), null);
                last = screen.await(v -> shows(v, number, total), 10);
                latencies.add((last.nanos() - before) / 1_000_000);
            }
            JsonObject complete = last.view();
            assertEquals(5, complete.getInt("submitted"));
            List<Boolean> struck = complete.getJsonArray("judges").getValuesAs(JsonObject.class).stream()
                    .map(j -> j.getBoolean("struck")).toList();
            assertEquals(List.of(false, false, false, true, true), struck, "70 and 95 are dropped");
            assertTrue(absent(complete, "finalScore"), "not before the reveal");

            Caller.asCommittee();
            StageView revealed = finals.reveal(round, finals.stage(round).version());
            assertEquals(new BigDecimal("85.00"), revealed.finalScore(), "(80 + 85 + 90) / 3");
            JsonObject shown = screen.await(v -> !absent(v, "finalScore"), 10).view();
            assertEquals(0, new BigDecimal("85.00").compareTo(shown.getJsonNumber("finalScore").bigDecimalValue()));
        }
        Collections.sort(latencies);
        LOG.info("submit -> screen latencies (ms, sorted): " + latencies);
        assertTrue(latencies.get(latencies.size() - 1) < 1000, "every total on the screen within a second: " + latencies);

        List<String> actions = audit.history("LiveStage", round).stream().map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("OPEN_TO_AUDIENCE", "PRESENT", "REVEAL")), actions.toString());
    }

    @Test
    void onlyTheCommitteeRunsTheStageAndAPrivateScreenIsForTheCommitteeAndTheFinalsJudges() throws Exception {
        List<FinalsTeam> teams = FinalsTeams.inFinals(2, 1);
        long round = teams.get(0).roundId();
        Registration first = teams.get(0).team();
        Registration second = teams.get(1).team();
        StageView stage = finals.openToAudience(round, finals.stage(round).version(), false);
        assertFalse(stage.audiencePublic());

        Caller.signOut();
        assertThrows(AccessDeniedException.class, () -> finals.screen(round), "a private screen: not for the public");
        try (StageStream refused = StageStream.open(StageStream.base(), round, null)) {
            assertEquals(403, refused.status());
        }
        Account trackJudge = Caller.newAccount("tj", Role.JUDGE, Set.of(first.getTrack().getId()), Set.of()).account();
        assertThrows(AccessDeniedException.class, () -> finals.screen(round), "a judge of a track only");
        Account host = Caller.newAccount("fh", Role.HOST, Set.of(first.getTrack().getId()), Set.of()).account();
        assertThrows(AccessDeniedException.class, () -> finals.screen(round));
        assertThrows(EJBAccessException.class, () -> finals.next(round, 0), "hosts do not run the finals");
        assertThrows(EJBAccessException.class, () -> finals.nominate(round, first.getId()));
        Caller.as(teams.get(0).judges().get(0).getUsername(), Caller.CHOSEN_PASSWORD);
        assertEquals(round, finals.screen(round).roundId(), "a judge of the finals watches");
        try (StageStream judgeScreen = StageStream.open(StageStream.base(), round,
                teams.get(0).judges().get(0).getUsername() + ":" + Caller.CHOSEN_PASSWORD)) {
            assertEquals(200, judgeScreen.status());
        }

        Caller.asCommittee();
        assertEquals("finals.finalist.already", assertThrows(ConflictException.class,
                () -> finals.nominate(round, first.getId())).key());
        Track other = Teams.openTrack(FinalsTeams.firstEdition());
        Teams.signedUpContact();
        Registration draft = registrations.create(other.getId(), Teams.validTeam());
        Caller.asCommittee();
        assertEquals("judging.team.notApproved", assertThrows(ConflictException.class,
                () -> finals.nominate(round, draft.getId())).key());
        assertThrows(AccessDeniedException.class, () -> finals.nominate(round, -4242L));
        assertThrows(AccessDeniedException.class, () -> finals.stage(-4242L));

        // the order of appearance: the second team moves before the first
        List<Finalist> order = finals.move(round, second.getId(), positionOf(round, first));
        assertEquals(positionOf(round, first) - 1, positionOf(round, second));
        assertEquals(order.size(), finals.finalists(round).size());

        StageView onStage = finals.present(round, finals.stage(round).version(), second.getId());
        assertEquals("finals.stage.stale", assertThrows(ConflictException.class,
                () -> finals.next(round, stage.version())).key(), "a second operator with an old page is told");
        StageView next = finals.next(round, onStage.version());
        assertEquals(first.getTeamName(), next.teamName(), "next is the team after the one on stage");
        assertEquals("finals.stage.last", assertThrows(ConflictException.class,
                () -> finals.next(round, next.version())).key(), "the newest finalists are last in the order");
        assertEquals("finals.finalist.onStage", assertThrows(ConflictException.class,
                () -> finals.withdraw(round, first.getId())).key());

        // the judge submits; a reopened sheet hides the revealed score again
        Account judge = teams.get(0).judges().get(0);
        Caller.as(judge.getUsername(), Caller.CHOSEN_PASSWORD);
        ScoreSheet sheet = judging.mySheets(round).stream()
                .filter(s -> s.getRegistration().getId().equals(first.getId())).findFirst().orElseThrow();
        ScoreSheet submitted = judging.submit(sheet.getId(), sheet.getVersion(), scores("88"), "现场表现好");
        Caller.asCommittee();
        StageView revealed = finals.reveal(round, finals.stage(round).version());
        assertEquals(new BigDecimal("88.00"), revealed.finalScore(), "one judge: the mean is the total");
        judging.reopen(submitted.getId(), submitted.getVersion(), "评委要求更正");
        StageView hidden = finals.stage(round);
        assertEquals(StagePhase.ON_STAGE, hidden.phase());
        assertNull(hidden.finalScore());
        StageView secondOnStage = finals.present(round, hidden.version(), second.getId());
        assertEquals("finals.finalist.scored", assertThrows(ConflictException.class,
                () -> finals.withdraw(round, first.getId())).key(), "a scored finalist stays");

        finals.present(round, secondOnStage.version(), first.getId());
        finals.withdraw(round, second.getId());
        assertTrue(finals.finalists(round).stream().noneMatch(f -> f.getRegistration().getId().equals(second.getId())));
        assertTrue(judging.sheetsOfRound(round).stream().noneMatch(s -> s.getRegistration().getId()
                .equals(second.getId())), "its untouched sheet went with it");
        long secondFinalist = order.stream().filter(f -> f.getRegistration().getId().equals(second.getId()))
                .findFirst().orElseThrow().getId();
        assertEquals(List.of("NOMINATE", "MOVE", "WITHDRAW"), audit.history("Finalist", secondFinalist).stream()
                .map(AuditEntry::getAction).toList());
        assertTrue(trackJudge.getId() > 0 && host.getId() > 0);
    }

    private int positionOf(long round, Registration team) {
        return finals.finalists(round).stream().filter(f -> f.getRegistration().getId().equals(team.getId()))
                .findFirst().orElseThrow().getPosition();
    }

    private static boolean shows(JsonObject view, int judge, String total) {
        return view.getJsonArray("judges").getValuesAs(JsonObject.class).stream()
                .anyMatch(j -> j.getInt("number") == judge && !absent(j, "total")
                        && j.getJsonNumber("total").bigDecimalValue().compareTo(new BigDecimal(total)) == 0);
    }

    /** JSON-B leaves null values out. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static Map<String, BigDecimal> scores(String each) {
        Map<String, BigDecimal> scores = new HashMap<>();
        for (String code : List.of("IMPORTANCE", "ORIGINALITY", "BREAKTHROUGH", "TRANSFERABILITY")) {
            scores.put(code, new BigDecimal(each));
        }
        return scores;
    }
}
