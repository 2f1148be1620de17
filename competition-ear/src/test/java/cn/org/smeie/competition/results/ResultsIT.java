package cn.org.smeie.competition.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.EditionAdmin;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsTeams;
import cn.org.smeie.competition.it.Jobs;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Finalist;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.publicity.boundary.PublicResults;
import cn.org.smeie.competition.publicity.entity.EditionResults;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.reports.boundary.JobRun;
import cn.org.smeie.competition.reports.boundary.ReportJobs;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.control.ReportFolder;
import cn.org.smeie.competition.results.entity.AwardStatus;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.HonorForm;
import cn.org.smeie.competition.results.entity.Prize;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.RankingRow;
import cn.org.smeie.competition.results.entity.RankingSnapshot;
import cn.org.smeie.competition.results.entity.ResultPlan;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Score aggregation, ranking snapshots, awards and advancement on a track whose scores are known:
 * four teams, five judges each scoring all four criteria alike (so a judge's total is that score).
 * <pre>
 *   team A: 80 85 90 70 95 -> drop 70 and 95 -> 85.00, untrimmed 84.00
 *   team B: 88 88 88 88 88 -> 88.00
 *   team C: 70 85 85 85 100 -> drop 70 and 100 -> 85.00, untrimmed 85.00 (before A: the tie-break)
 *   team D: one draft, nothing submitted -> no rank
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class ResultsIT {

    private static final String[][] TOTALS = {
            {"80", "85", "90", "70", "95"},
            {"88", "88", "88", "88", "88"},
            {"70", "85", "85", "85", "100"}};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ResultsIT.class);
    }

    @Inject
    Results results;

    @Inject
    Judging judging;

    @Inject
    LiveFinals finals;

    @Inject
    ReportJobs jobs;

    @Inject
    AuditLog audit;

    @Inject
    PublicResults publicResults;

    @Inject
    EditionAdmin editionAdmin;

    @Inject
    Editions editions;

    @Resource
    ManagedExecutorService executor;

    private Round round;
    private List<Registration> teams;
    private List<Account> judges;
    private Account host;

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void theJobRanksByTheRuleKeepsIdenticalSnapshotsAndProposesTheAwardsThatAdvanceToTheFinals() throws Exception {
        scoredTrack();
        Caller.asCommittee();
        ResultPlan plan = results.plan(round.getId());
        assertEquals(AwardStatus.NONE, plan.getAwardStatus());
        plan = results.setQuotas(round.getId(), plan.getVersion(), new Quotas(Quotas.Kind.COUNT, 1, 1, 1, null, null,
                null));
        judging.closeScoring(round.getId(), judging.round(round.getId()).getVersion());

        Jobs.completed(aggregate());
        List<RankingSnapshot> snapshots = results.snapshots(round.getId());
        assertEquals(1, snapshots.size());
        RankingSnapshot first = snapshots.get(0);
        assertEquals(1, first.getVersionNumber());
        assertEquals(15, first.getSheets());
        List<RankingRow> ranking = results.ranking(round.getId(), null);
        assertEquals(List.of(name(1), name(2), name(0), name(3)), ranking.stream().map(RankingRow::teamName).toList());
        assertEquals(List.of(1, 2, 3), ranking.subList(0, 3).stream().map(RankingRow::rank).toList());
        assertNull(ranking.get(3).rank(), "no submitted sheet, no rank");
        assertEquals(0, new BigDecimal("88.00").compareTo(ranking.get(0).score()));
        assertEquals(0, new BigDecimal("85.00").compareTo(ranking.get(1).score()));
        assertEquals(0, new BigDecimal("85.00").compareTo(ranking.get(1).untrimmedMean()));
        assertEquals(0, new BigDecimal("84.00").compareTo(ranking.get(2).untrimmedMean()));
        assertEquals(List.of(Prize.FIRST, Prize.SECOND, Prize.THIRD),
                ranking.subList(0, 3).stream().map(RankingRow::prize).toList(), "proposed for the closed round");
        assertNull(ranking.get(3).prize());
        assertEquals(AwardStatus.PROPOSED, results.plan(round.getId()).getAwardStatus());

        theReportsSayWhatTheRankingSays();

        Jobs.completed(aggregate());
        List<RankingSnapshot> again = results.snapshots(round.getId());
        assertEquals(1, again.size(), "unchanged scores: the same snapshot");
        assertEquals(first.getInputsChecksum(), again.get(0).getInputsChecksum());

        // a judge corrects a score: the next run keeps a new version and says what moved
        judging.reopenScoring(round.getId(), judging.round(round.getId()).getVersion());
        ScoreSheet sheet = judging.sheetsOfRound(round.getId()).stream().filter(s -> s.getRegistration().getId()
                .equals(teams.get(0).getId()) && s.getJudge().getId().equals(judges.get(1).getId())).findFirst()
                .orElseThrow();
        judging.reopen(sheet.getId(), sheet.getVersion(), "评委更正：原创性评分有误");
        Caller.as(judges.get(1).getUsername(), Caller.CHOSEN_PASSWORD);
        ScoreSheet reopened = judging.mySheet(sheet.getId());
        judging.submit(sheet.getId(), reopened.getVersion(), scores("99"), "更正");
        Caller.asCommittee();
        judging.closeScoring(round.getId(), judging.round(round.getId()).getVersion());
        RankingSnapshot second = results.aggregateNow(round.getId());
        assertEquals(2, second.getVersionNumber());
        assertNotEquals(first.getInputsChecksum(), second.getInputsChecksum());
        // team A: 80 99 90 70 95 -> drop 70 and 99 -> 88.33, untrimmed 86.80: now first before B (88.00)
        assertTrue(second.getDiffJson().contains("\"scoresChanged\":1"), second.getDiffJson());
        assertTrue(second.getDiffJson().contains("\"ranksMoved\":3"), second.getDiffJson());
        List<RankingRow> moved = results.ranking(round.getId(), null);
        assertEquals(List.of(name(0), name(1), name(2)), moved.subList(0, 3).stream().map(RankingRow::teamName).toList());
        assertEquals(0, new BigDecimal("88.33").compareTo(moved.get(0).score()));
        assertEquals(List.of(name(1), name(2), name(0), name(3)), results.ranking(round.getId(), first.getId()).stream()
                .map(RankingRow::teamName).toList(), "an old snapshot stays as it was");
        assertEquals(Prize.FIRST, moved.get(0).prize(), "the proposal follows the newest snapshot");

        // what changed since the version before: ranks, scores and the prizes each version earns
        List<String> changed = results.changes(round.getId(), null).stream().map(c -> c.teamName() + " "
                + c.change().oldRank() + "→" + c.change().newRank() + " " + c.change().oldPrize() + "→"
                + c.change().newPrize()).toList();
        assertEquals(List.of(name(0) + " 3→1 THIRD→FIRST", name(1) + " 1→2 FIRST→SECOND",
                name(2) + " 2→3 SECOND→THIRD"), changed);
        assertEquals(List.of(), results.changes(round.getId(), first.getId()), "the first version: nothing before it");
        Jobs.completed(aggregate());
        try (PDDocument pdf = Loader.loadPDF(results.reportFile(round.getId(), ReportFolder.Kind.RESULTS_PDF).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            int section = text.indexOf("与上一版本（v1）相比的变化");
            assertTrue(section > 0, "the report says what changed: " + text);
            assertTrue(text.indexOf(name(0), section) > section && text.contains("三等奖 → 一等奖"), text);
        }

        // new quotas propose the awards anew (not yet confirmed), and the plan says which quotas a proposal used
        Quotas oneEach = new Quotas(Quotas.Kind.COUNT, 1, 1, 1, null, null, null);
        ResultPlan beforeRequota = results.plan(round.getId());
        assertEquals(oneEach, beforeRequota.proposedWith());
        Quotas twoFirst = new Quotas(Quotas.Kind.COUNT, 2, 1, 0, null, null, null);
        ResultPlan requoted = results.setQuotas(round.getId(), beforeRequota.getVersion(), twoFirst);
        assertEquals(twoFirst, requoted.proposedWith());
        assertTrue(requoted.getProposedAt().isAfter(beforeRequota.getProposedAt()), "proposed anew");
        assertEquals(List.of(Prize.FIRST, Prize.FIRST, Prize.SECOND), results.ranking(round.getId(), null)
                .subList(0, 3).stream().map(RankingRow::prize).toList(), "under the new quotas");
        assertEquals(oneEach, results.setQuotas(round.getId(), requoted.getVersion(), oneEach).proposedWith());
        assertEquals(List.of(Prize.FIRST, Prize.SECOND, Prize.THIRD), results.ranking(round.getId(), null)
                .subList(0, 3).stream().map(RankingRow::prize).toList());

        // the host reviews, the committee confirms; the first prize advances to the finals
        ResultPlan proposed = results.plan(round.getId());
        assertEquals("results.awards.notReviewed", assertThrows(ConflictException.class,
                () -> results.confirm(round.getId(), proposed.getVersion())).key());
        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        assertThrows(EJBAccessException.class, () -> results.confirm(round.getId(), proposed.getVersion()),
                "a host does not confirm");
        ResultPlan reviewed = results.review(round.getId(), proposed.getVersion(), "同意拟获奖名单");
        assertEquals(AwardStatus.REVIEWED, reviewed.getAwardStatus());
        Caller.asCommittee();
        List<String> outcomes = confirmTwiceAtOnce(reviewed.getVersion());
        assertEquals(List.of("confirmed", "results.plan.stale"), outcomes, "one confirmation wins, the other is told");
        assertEquals(AwardStatus.CONFIRMED, results.plan(round.getId()).getAwardStatus());
        assertEquals("results.awards.confirmed", assertThrows(ConflictException.class, () -> results.setQuotas(
                round.getId(), results.plan(round.getId()).getVersion(), Quotas.trackDefaults())).key());

        long finalRound = finals.finalRoundOf(FinalsTeams.firstEdition()).orElseThrow();
        Finalist advanced = finals.finalists(finalRound).stream()
                .filter(f -> f.getRegistration().getId().equals(teams.get(0).getId())).findFirst().orElseThrow();
        assertEquals(Finalist.Source.ADVANCED, advanced.getSource());
        assertTrue(finals.finalists(finalRound).stream().noneMatch(f -> f.getRegistration().getId()
                .equals(teams.get(1).getId())), "a second prize stays in its track");
        List<String> actions = audit.history("Round", round.getId()).stream().map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("SET_QUOTAS", "PROPOSE_AWARDS", "REVIEW_AWARDS", "CONFIRM_AWARDS")),
                actions.toString());

        // the public results page: nothing of the round until the committee publishes it, then its prizes only
        String code = round.getTrack().getCode();
        Caller.signOut();
        assertTrue(publicRound(code).isEmpty(), "confirmed but not published: not public");
        Caller.asCommittee();
        judging.publish(round.getId(), judging.round(round.getId()).getVersion());
        Caller.signOut();
        EditionResults.RoundResult shown = publicRound(code).orElseThrow();
        assertEquals(Prize.FIRST, shown.winners().get(0).prize(), "the first prize first");
        assertEquals(teams.get(0).getTeamName(), shown.winners().get(0).teamName(), "A, the first prize that advanced");
        assertTrue(shown.winners().stream().noneMatch(w -> w.teamName().equals(teams.get(3).getTeamName())),
                "a team without a prize is not listed");
        assertTrue(shown.winners().get(0).universities().length() > 0 && shown.winners().get(0).enterprises().length() > 0);
    }

    private java.util.Optional<EditionResults.RoundResult> publicRound(String trackCode) {
        return publicResults.ofEdition(FinalsTeams.firstEdition()).rounds().stream()
                .filter(r -> trackCode.equals(r.trackCode())).findFirst();
    }

    @Test
    void hostsNominateHonoursOfTheirOwnTrackAndTheCommitteeDecides() {
        scoredTrack();
        long edition = FinalsTeams.firstEdition();
        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        Honor unit = results.nominate(edition, round.getTrack().getId(), new HonorForm(Honor.Kind.ORGANIZING_UNIT,
                "哈尔滨工业大学", null, "组织 12 支团队参赛"));
        InvalidInputException staff = assertThrows(InvalidInputException.class, () -> results.nominate(edition,
                round.getTrack().getId(), new HonorForm(Honor.Kind.STAFF, "王<script>", null, "负责赛务")));
        assertEquals(List.of("name validation.personName", "organization validation.required"), staff.violations()
                .stream().map(v -> v.field() + " " + v.key()).toList());
        assertThrows(AccessDeniedException.class, () -> results.nominate(edition, null, new HonorForm(
                Honor.Kind.ORGANIZING_UNIT, "某单位", null, "理由")), "the finals' honours are the committee's");
        assertThrows(EJBAccessException.class, () -> results.decide(unit.getId(), unit.getVersion(), true, null));
        assertTrue(results.honors(edition).stream().allMatch(h -> h.getTrack() != null
                && h.getTrack().getId().equals(round.getTrack().getId())), "a host sees its own track's honours");

        Caller.asCommittee();
        Honor person = results.nominate(edition, null, new HonorForm(Honor.Kind.STAFF, "李昊为", "中国中小企业发展促进中心",
                "总决赛赛务组织"));
        assertEquals("validation.required", assertThrows(InvalidInputException.class,
                () -> results.decide(person.getId(), person.getVersion(), false, " ")).violations().get(0).key(),
                "a rejection says why");
        Honor approved = results.decide(unit.getId(), unit.getVersion(), true, null);
        assertEquals(Honor.Status.APPROVED, approved.getStatus());
        assertEquals("results.honor.decided", assertThrows(ConflictException.class,
                () -> results.decide(unit.getId(), approved.getVersion(), false, "改变主意")).key());
        Honor rejected = results.decide(person.getId(), person.getVersion(), false, "材料不全");
        assertEquals(Honor.Status.REJECTED, rejected.getStatus());
        assertEquals(List.of("NOMINATE", "APPROVE"), audit.history("Honor", unit.getId()).stream()
                .map(AuditEntry::getAction).toList());

        // public only once the committee makes them so, and only the approved ones
        Edition first = editions.edition(edition);
        if (first.getHonoursPublishedAt() != null) {
            first = editionAdmin.publishHonours(edition, first.getVersion(), false);
        }
        assertNull(publicResults.ofEdition(edition).honours(), "not public yet");
        Caller.as(host.getUsername(), Caller.CHOSEN_PASSWORD);
        int firstVersion = first.getVersion();
        assertThrows(EJBAccessException.class, () -> editionAdmin.publishHonours(edition, firstVersion, true),
                "the committee's decision");
        Caller.asCommittee();
        Edition published = editionAdmin.publishHonours(edition, first.getVersion(), true);
        Caller.signOut();
        List<EditionResults.HonourLine> shown = publicResults.ofEdition(edition).honours();
        assertTrue(shown.stream().anyMatch(h -> h.name().equals("哈尔滨工业大学")
                && code(h).equals(round.getTrack().getCode())), String.valueOf(shown));
        assertTrue(shown.stream().noneMatch(h -> h.name().equals("李昊为")), "a rejected honour stays private");
        Caller.asCommittee();
        editionAdmin.publishHonours(edition, published.getVersion(), false);
        assertNull(publicResults.ofEdition(edition).honours(), "taken back");
        assertTrue(audit.history("Edition", edition).stream().map(AuditEntry::getAction).toList()
                .containsAll(List.of("PUBLISH_HONOURS", "WITHDRAW_HONOURS")));
    }

    private static String code(EditionResults.HonourLine h) {
        return h.trackCode() == null ? "" : h.trackCode();
    }

    /**
     * The job's report step wrote the round's results as PDF (Chinese, the font embedded as a subset)
     * and .xlsx, its judges' consistency, and an overview line for it.
     */
    private void theReportsSayWhatTheRankingSays() throws Exception {
        String code = round.getTrack().getCode();
        assertEquals(Set.of(ReportFolder.Kind.values()), results.reportsOf(round.getId()));
        try (PDDocument pdf = Loader.loadPDF(results.reportFile(round.getId(), ReportFolder.Kind.RESULTS_PDF).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("评审结果") && text.contains(code), text);
            int b = text.indexOf(name(1));
            int c = text.indexOf(name(2));
            int a = text.indexOf(name(0));
            assertTrue(b >= 0 && b < c && c < a, "B, C, A in this order: " + text);
            assertTrue(text.contains("88.00") && text.contains("一等奖") && text.contains("三等奖"), text);
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), "a subset: " + font.getName());
        }
        try (Workbook xlsx = WorkbookFactory.create(results.reportFile(round.getId(),
                ReportFolder.Kind.RESULTS_XLSX).toFile())) {
            Sheet sheet = xlsx.getSheetAt(0);
            assertEquals(4, sheet.getLastRowNum(), "a heading and four teams");
            assertEquals(List.of("1", name(1), "88.00", "一等奖"), List.of(cell(sheet, 1, 0), cell(sheet, 1, 1),
                    cell(sheet, 1, 5), cell(sheet, 1, 9)));
            assertEquals("—", cell(sheet, 4, 0), "team D has no rank");
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(5).getCellType(), "scores are numbers people can sum");
            assertEquals(88.0, sheet.getRow(1).getCell(5).getNumericCellValue(), 0.001);
        }
        try (Workbook xlsx = WorkbookFactory.create(results.reportFile(round.getId(),
                ReportFolder.Kind.JUDGES_XLSX).toFile())) {
            Sheet sheet = xlsx.getSheetAt(0);
            assertEquals(5, sheet.getLastRowNum(), "a line per judge");
            // judge 1 gave 80, 88, 70: mean 79.33; the panels' means are 84, 88, 85 -> deviations -4, 0, -15
            assertEquals(List.of(judges.get(0).getDisplayName(), "3", "79.33", "-6.33"), List.of(cell(sheet, 1, 0),
                    cell(sheet, 1, 1), cell(sheet, 1, 2), cell(sheet, 1, 4)));
        }
    }

    /** A cell as a spreadsheet shows it (numbers with their format's decimals). */
    private static String cell(Sheet sheet, int row, int column) {
        return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }

    /** The track, teams A–D, five judges and a host; every judge submits A–C as in the table, D gets a draft. */
    private void scoredTrack() {
        teams = FinalsTeams.approvedTeams(4);
        long track = teams.get(0).getTrack().getId();
        judges = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
            judges.add(Caller.newAccount("rj", Role.JUDGE, Set.of(track), Set.of()).account());
        }
        host = Caller.newAccount("rh", Role.HOST, Set.of(track), Set.of()).account();
        Caller.asCommittee();
        round = judging.createTrackRound(track);
        round = judging.configure(round.getId(), round.getVersion(), new RoundSettings(new BigDecimal("100"),
                new BigDecimal("0.5"), 5, null, null, CriterionForm.notice()));
        assertEquals(20, judging.assignAutomatically(round.getId()).added());
        round = judging.startScoring(round.getId(), round.getVersion());
        for (int j = 0; j < judges.size(); j++) {
            Caller.as(judges.get(j).getUsername(), Caller.CHOSEN_PASSWORD);
            for (ScoreSheet s : judging.mySheets(round.getId())) {
                int team = indexOf(s.getRegistration());
                if (team < 3) {
                    judging.submit(s.getId(), s.getVersion(), scores(TOTALS[team][j]), null);
                } else if (j == 0) {
                    judging.save(s.getId(), s.getVersion(), Map.of("IMPORTANCE", new BigDecimal("60")), "草稿");
                }
            }
        }
        Caller.asCommittee();
    }

    /** Runs the score aggregation to its end. */
    private JobRun aggregate() throws InterruptedException {
        return Jobs.ended(jobs, jobs.aggregateScores(FinalsTeams.firstEdition()), Duration.ofMinutes(2));
    }

    private List<String> confirmTwiceAtOnce(int version) throws Exception {
        List<Callable<String>> confirmations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // the executor runs the calls as the committee, the caller of this test
            confirmations.add(() -> {
                try {
                    results.confirm(round.getId(), version);
                    return "confirmed";
                } catch (CompetitionException e) {
                    return e.key();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : executor.invokeAll(confirmations)) {
            outcomes.add(f.get());
        }
        outcomes.sort(String::compareTo);
        return outcomes;
    }

    private int indexOf(Registration team) {
        for (int i = 0; i < teams.size(); i++) {
            if (teams.get(i).getId().equals(team.getId())) {
                return i;
            }
        }
        throw new IllegalStateException("not a team of the track: " + team.getTeamName());
    }

    private String name(int team) {
        return teams.get(team).getTeamName();
    }

    private static Map<String, BigDecimal> scores(String each) {
        Map<String, BigDecimal> scores = new HashMap<>();
        for (String code : List.of("IMPORTANCE", "ORIGINALITY", "BREAKTHROUGH", "TRANSFERABILITY")) {
            scores.put(code, new BigDecimal(each));
        }
        return scores;
    }
}
