package cn.org.smeie.competition.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.boundary.AccountDraft;
import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Mailbox;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.JudgingReports;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.RoundStatus;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.judging.entity.SheetStatus;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.registration.boundary.RegistrationImport;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.control.ImportColumn;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Judging of a track round: set-up by the committee, automatic assignment with conflicts and
 * balanced loads, scoring by judges (drafts, submission, the scale, stale versions, two saves at
 * once), reopening by the host, progress, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class JudgingIT {

    private static final int TEAMS = 12;
    private static final int JUDGES = 7;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(JudgingIT.class);
    }

    @Inject
    Judging judging;

    @Inject
    RegistrationImport imports;

    @Inject
    Registrations registrations;

    @Inject
    Accounts accounts;

    @Inject
    Editions editions;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    private Track track;
    private String tag;
    private Account host;
    private List<Account> judges;
    private List<Registration> teams;
    private Round round;

    /** A track with 12 approved teams (universities U0–U2, enterprises E0–E3), 7 judges, a host and a round. */
    @BeforeEach
    void trackWithTeamsAndJudges() {
        Mailbox.start();
        long edition = editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
        track = Teams.openTrack(edition);
        tag = Deployments.uniqueCode("").toLowerCase();
        StringBuilder csv = new StringBuilder(Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .collect(Collectors.joining(","))).append('\n');
        for (int t = 0; t < TEAMS; t++) {
            String university = "大学" + (t % 3) + tag;
            String enterprise = "企业" + (t % 4) + tag;
            String contact = "c" + t + "." + tag + "@team.example.cn";
            String mobile = "1360" + String.format("%06d", t);
            csv.append(String.join(",", contact, "联系人", "评审队" + t, "项目", "难题", "成果", "学生" + letter(t), "学生",
                    university, "高校", "", "", "s" + t + "@u" + (t % 3) + "." + tag + ".edu.cn", mobile + "1", "是"))
                    .append('\n');
            csv.append(String.join(",", contact, "", "", "", "", "", "教师" + letter(t), "教师", university, "高校", "", "",
                    "t" + t + "@u" + (t % 3) + "." + tag + ".edu.cn", mobile + "2", "否")).append('\n');
            csv.append(String.join(",", contact, "", "", "", "", "", "专家" + letter(t), "企业专家", enterprise, "企业", "",
                    "", "e" + t + "@" + tag + ".example.com", mobile + "3", "否")).append('\n');
        }
        assertEquals(TEAMS, imports.importTeams(track.getId(), "teams.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))).imported());
        teams = new ArrayList<>();
        for (Registration r : registrations.ofTrack(track.getId(), RegistrationQuery.all(), 0, TEAMS)) {
            teams.add(registrations.approve(r.getId(), r.getVersion()));
        }
        judges = new ArrayList<>();
        for (int j = 0; j < JUDGES; j++) {
            // judge 0 writes from university U0's mail domain: a conflict with U0's teams
            String email = j == 0 ? "judge0@u0." + tag + ".edu.cn" : "judge" + j + "@qq.com";
            judges.add(accounts.create(new AccountDraft("jd" + j + "-" + tag, "评委" + letter(j), email, Role.JUDGE,
                    Set.of(track.getId()), Set.of())).account());
        }
        host = Caller.newAccount("jh", Role.HOST, Set.of(track.getId()), Set.of()).account();
        Caller.asCommittee();
        round = judging.createTrackRound(track.getId());
        // judge 1 works for enterprise E1: a conflict with E1's teams
        judging.setJudgeOrganizations(round.getId(), judges.get(1).getId(), List.of("企业1" + tag));
    }

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void theCommitteeSetsUpTheRoundAndTheAutomaticAssignmentGivesEveryTeamItsJudgesWithoutConflicts() {
        assertEquals(RoundStatus.OPEN, round.getStatus());
        assertEquals(List.of("IMPORTANCE", "ORIGINALITY", "BREAKTHROUGH", "TRANSFERABILITY"), round.criterionCodes());
        InvalidInputException weights = assertThrows(InvalidInputException.class, () -> judging.configure(round.getId(),
                round.getVersion(), new RoundSettings(new BigDecimal("100"), new BigDecimal("0.5"), 3, null, null,
                        List.of(new CriterionForm("IMPORTANCE", "问题重要性", "Importance", new BigDecimal("0.6")),
                                new CriterionForm("ORIGINALITY", "原创性", "Originality", new BigDecimal("0.3"))))));
        assertEquals(List.of(new Violation("criteria", "judging.weights.sum", "0.9")), weights.violations());
        Round configured = judging.configure(round.getId(), round.getVersion(), new RoundSettings(new BigDecimal("100"),
                new BigDecimal("0.5"), 3, null, null, CriterionForm.notice()));
        assertEquals(3, configured.getJudgesPerTeam());
        assertThrows(ConflictException.class, () -> judging.createTrackRound(track.getId()), "one round per track");

        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        JudgingReports.Assignment report = judging.assignAutomatically(round.getId());
        assertEquals(TEAMS, report.teams());
        assertEquals(JUDGES, report.judges());
        assertEquals(TEAMS * 3, report.added());
        assertEquals(List.of(), report.shortOfJudges());
        assertTrue(report.maxLoad() - report.minLoad() <= 1, report.toString());

        Map<Long, List<Long>> panels = new HashMap<>();
        judging.sheetsOfRound(round.getId()).forEach(s -> panels.computeIfAbsent(s.getRegistration().getId(),
                k -> new ArrayList<>()).add(s.getJudge().getId()));
        for (int t = 0; t < TEAMS; t++) {
            List<Long> panel = panels.get(teams.get(t).getId());
            assertEquals(3, panel.size());
            if (t % 3 == 0) {
                assertFalse(panel.contains(judges.get(0).getId()), "judge 0 shares U0's mail domain: team " + t);
            }
            if (t % 4 == 1) {
                assertFalse(panel.contains(judges.get(1).getId()), "judge 1 works for E1: team " + t);
            }
        }
        assertEquals(0, judging.assignAutomatically(round.getId()).added(), "a second run adds nothing");

        ConflictException conflicted = assertThrows(ConflictException.class,
                () -> judging.assign(round.getId(), teams.get(1).getId(), judges.get(1).getId()));
        assertEquals("judging.conflict", conflicted.key());
        assertThrows(EJBAccessException.class, () -> judging.allowConflict(round.getId(), judges.get(1).getId(),
                teams.get(1).getId(), "同名不同单位"), "only the committee lets a conflict pass");
        Caller.asCommittee();
        judging.allowConflict(round.getId(), judges.get(1).getId(), teams.get(1).getId(), "评委已于 2023 年离职");
        ScoreSheet allowed = judging.assign(round.getId(), teams.get(1).getId(), judges.get(1).getId());
        assertEquals(SheetStatus.ASSIGNED, allowed.getStatus());

        ScoreSheet any = judging.sheetsOfRound(round.getId()).stream()
                .filter(s -> s.getJudge().getId().equals(judges.get(2).getId())).findFirst().orElseThrow();
        judging.declareConflict(round.getId(), judges.get(2).getId(), any.getRegistration().getId(), "评委是该队教师的导师");
        assertTrue(judging.sheetsOfRound(round.getId()).stream().noneMatch(s -> s.getId().equals(any.getId())),
                "a declared conflict withdraws the untouched sheet");
        assertEquals("judging.conflict", assertThrows(ConflictException.class, () -> judging.assign(round.getId(),
                any.getRegistration().getId(), judges.get(2).getId())).key());
        List<String> actions = audit.history("Round", round.getId()).stream().map(AuditEntry::getAction).toList();
        assertEquals(List.of("CREATE", "CONFIGURE", "ASSIGN_AUTOMATICALLY", "ASSIGN_AUTOMATICALLY"), actions);
    }

    @Test
    void judgesScoreOnlyTheirTeamsOnTheScaleAndTheHostReopensWithAReason() throws Exception {
        judging.configure(round.getId(), round.getVersion(), new RoundSettings(new BigDecimal("100"),
                new BigDecimal("0.5"), 3, null, null, CriterionForm.notice()));
        judging.assignAutomatically(round.getId());
        Account judge = judges.get(3);
        resetPassword(judge);
        assertEquals("judging.round.notScoring", assertThrows(ConflictException.class,
                () -> judging.save(judging.mySheets(round.getId()).get(0).getId(), 0, Map.of(), null)).key(),
                "no scores before scoring starts");
        Caller.asCommittee();
        Round scoring = judging.startScoring(round.getId(), judging.round(round.getId()).getVersion());
        assertEquals(RoundStatus.SCORING, scoring.getStatus());

        signInAs(judge);
        List<ScoreSheet> mine = judging.mySheets(round.getId());
        assertFalse(mine.isEmpty());
        assertTrue(mine.stream().allMatch(s -> s.getJudge().getId().equals(judge.getId())));
        ScoreSheet sheet = mine.get(0);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> judging.save(sheet.getId(),
                sheet.getVersion(), scores("87.3", "101", "-1", null), "评语"));
        assertEquals(List.of("scores.IMPORTANCE judging.score.offStep", "scores.ORIGINALITY judging.score.outOfRange",
                "scores.BREAKTHROUGH judging.score.outOfRange"), bad.violations().stream()
                .map(v -> v.field() + " " + v.key()).toList());
        ScoreSheet draft = judging.save(sheet.getId(), sheet.getVersion(), scores("87.5", "90", null, null), "初评");
        assertEquals(SheetStatus.DRAFT, draft.getStatus());
        assertNull(draft.weightedTotal());
        assertEquals("error.staleVersion", assertThrows(ConflictException.class, () -> judging.save(sheet.getId(),
                sheet.getVersion(), scores("80", "80", null, null), null)).key(), "an old tab is told, not obeyed");
        InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> judging.submit(
                sheet.getId(), draft.getVersion(), scores("87.5", "90", null, null), null));
        assertEquals(2, incomplete.violations().size());
        ScoreSheet submitted = judging.submit(sheet.getId(), draft.getVersion(), scores("87.5", "90", "80", "70.5"),
                "创新性突出");
        assertEquals(SheetStatus.SUBMITTED, submitted.getStatus());
        assertEquals(new BigDecimal("82.00"), submitted.weightedTotal());
        assertEquals("judging.sheet.submitted", assertThrows(ConflictException.class, () -> judging.save(
                sheet.getId(), submitted.getVersion(), scores("60", "60", "60", "60"), null)).key());

        Caller.asCommittee();
        ScoreSheet foreign = judging.sheetsOfRound(round.getId()).stream()
                .filter(s -> !s.getJudge().getId().equals(judge.getId())).findFirst().orElseThrow();
        signInAs(judge);
        assertThrows(AccessDeniedException.class, () -> judging.mySheet(foreign.getId()));
        assertThrows(AccessDeniedException.class, () -> judging.save(foreign.getId(), foreign.getVersion(),
                scores("60", "60", "60", "60"), null), "a judge scores only the teams assigned to them");

        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        assertThrows(EJBAccessException.class, () -> judging.save(foreign.getId(), foreign.getVersion(),
                scores("60", "60", "60", "60"), null), "a host enters no scores");
        assertEquals("validation.required", assertThrows(InvalidInputException.class, () -> judging.reopen(
                sheet.getId(), submitted.getVersion(), " ")).violations().get(0).key());
        ScoreSheet reopened = judging.reopen(sheet.getId(), submitted.getVersion(), "可转化性评分与评语不一致，请复核");
        assertEquals(SheetStatus.DRAFT, reopened.getStatus());
        assertEquals("可转化性评分与评语不一致，请复核", reopened.getReturnedReason(), "the sheet says why");
        MimeMessage returned = Mailbox.awaitSubject(judge.getEmail(), "评分表已退回");
        assertTrue(Mailbox.subject(returned).contains(sheet.getRegistration().getTeamName()), Mailbox.subject(returned));
        assertTrue(Mailbox.body(returned).contains("可转化性评分与评语不一致，请复核"), "the judge is told why by mail");
        JudgingReports.Progress progress = judging.progress(round.getId());
        assertEquals(TEAMS * 3, progress.sheets());
        assertEquals(0, progress.submitted());
        assertEquals(TEAMS, progress.teams().size());
        assertTrue(judging.remindJudges(round.getId()) >= 1);

        signInAs(judge);
        ScoreSheet again = judging.submit(sheet.getId(), reopened.getVersion(), scores("87.5", "90", "80", "75"), null);
        assertEquals(new BigDecimal("83.13"), again.weightedTotal());
        assertNull(again.getReturnedReason(), "submitted again: nothing is pending");
        Caller.asCommittee();
        List<AuditEntry> history = audit.history("ScoreSheet", sheet.getId());
        assertEquals(List.of("SAVE", "SUBMIT", "REOPEN", "SUBMIT"), history.stream().map(AuditEntry::getAction).toList());
        assertTrue(history.get(2).getOldValue().contains("70.5") && history.get(2).getNewValue().contains("复核"),
                "the reopening keeps the old scores and the reason");
        assertTrue(history.get(3).getNewValue().contains("75"));
        judging.closeScoring(round.getId(), judging.round(round.getId()).getVersion());
        signInAs(judge);
        ScoreSheet other = judging.mySheets(round.getId()).stream().filter(s -> s.getStatus() != SheetStatus.SUBMITTED)
                .findFirst().orElseThrow();
        assertEquals("judging.round.notScoring", assertThrows(ConflictException.class, () -> judging.save(
                other.getId(), other.getVersion(), scores("60", null, null, null), null)).key());
    }

    @Test
    void twoSavesOfOneSheetAtOnceOneWinsTheOtherIsTold() throws Exception {
        judging.assignAutomatically(round.getId());
        judging.startScoring(round.getId(), judging.round(round.getId()).getVersion());
        Account judge = judges.get(4);
        resetPassword(judge);
        signInAs(judge);
        ScoreSheet sheet = judging.mySheets(round.getId()).get(0);
        List<Callable<String>> saves = List.of(
                () -> outcome(() -> judging.save(sheet.getId(), sheet.getVersion(), scores("80", null, null, null), "甲")),
                () -> outcome(() -> judging.save(sheet.getId(), sheet.getVersion(), scores("90", null, null, null), "乙")));
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : executor.invokeAll(saves)) {
            outcomes.add(f.get());
        }
        outcomes.sort(String::compareTo);
        assertEquals(List.of("error.staleVersion", "saved"), outcomes);
        ScoreSheet after = judging.mySheet(sheet.getId());
        assertEquals(sheet.getVersion() + 1, after.getVersion(), "exactly one write");
    }

    private String outcome(Runnable save) {
        try {
            save.run();
            return "saved";
        } catch (ConflictException e) {
            return e.key();
        }
    }

    private static Map<String, BigDecimal> scores(String importance, String originality, String breakthrough,
                                                  String transferability) {
        Map<String, BigDecimal> scores = new HashMap<>();
        String[] values = {importance, originality, breakthrough, transferability};
        String[] codes = {"IMPORTANCE", "ORIGINALITY", "BREAKTHROUGH", "TRANSFERABILITY"};
        for (int i = 0; i < codes.length; i++) {
            if (values[i] != null) {
                scores.put(codes[i], new BigDecimal(values[i]));
            }
        }
        return scores;
    }

    /** Gives the judge a password of its own (the committee resets it; the judge chooses one). */
    private void resetPassword(Account judge) {
        Caller.asCommittee();
        String oneTime = accounts.resetPassword(judge.getId()).oneTimePassword();
        Caller.as(judge.getUsername(), oneTime);
        accounts.changeOwnPassword(oneTime, Caller.CHOSEN_PASSWORD);
        signInAs(judge);
    }

    private static void signInAs(Account judge) {
        Caller.as(judge.getUsername(), Caller.CHOSEN_PASSWORD);
    }

    private static String letter(int n) {
        return String.valueOf((char) ('甲' + n));
    }
}
