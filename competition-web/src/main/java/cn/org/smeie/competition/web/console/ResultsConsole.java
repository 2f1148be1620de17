package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.results.entity.RankingRow;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.control.RankingChanges;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.RankingRule;
import cn.org.smeie.competition.results.entity.RankingSnapshot;
import cn.org.smeie.competition.results.entity.ResultPlan;
import cn.org.smeie.competition.results.control.ReportFolder;
import cn.org.smeie.competition.web.shared.BeijingTime;
import cn.org.smeie.competition.web.shared.Downloads;
import cn.org.smeie.competition.web.shared.Feedback;
import cn.org.smeie.competition.web.shared.Language;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;

/**
 * The results of a round, for its host and the committee: the ranking rule and award quotas (the
 * committee's), the ranking snapshots with what changed, the ranking with the proposed or confirmed
 * prizes, and the steps of the awards — propose, review (the host), confirm (the committee). The
 * rules are the {@link Results} boundary's.
 */
@Named
@ViewScoped
public class ResultsConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many links of the tie-break chain the page offers. */
    static final int TIE_BREAKS = 3;

    @Inject
    Results results;

    @Inject
    Judging judging;

    @Inject
    Editions editions;

    @Inject
    Feedback feedback;

    @Inject
    Language language;

    private List<Round> rounds;
    private Long roundId;
    private Round round;
    private ResultPlan plan;
    private List<RankingSnapshot> snapshots = List.of();
    private Long snapshotId;
    private List<RankingRow> ranking = List.of();
    private List<RankingChanges.Named> changes = List.of();
    private String note;
    private Set<ReportFolder.Kind> reports = Set.of();

    // the editors of the rule and the quotas
    private RankingRule.Method method;
    private boolean normalized;
    private final String[] tieBreaks = new String[TIE_BREAKS];
    private Quotas.Kind quotaKind;
    private int first;
    private int second;
    private int third;
    private BigDecimal firstMoney;
    private BigDecimal secondMoney;
    private BigDecimal thirdMoney;

    @PostConstruct
    void init() {
        rounds = judging.rounds(editions.current().getId());
        roundId = rounds.isEmpty() ? null : rounds.get(0).getId();
        load();
    }

    /** The chosen round's plan, snapshots and newest ranking. */
    public void load() {
        round = rounds.stream().filter(r -> r.getId().equals(roundId)).findFirst().orElse(null);
        if (round == null) {
            return;
        }
        plan = results.plan(roundId);
        RankingRule rule = plan.rule();
        method = rule.method();
        normalized = rule.normalized();
        Arrays.fill(tieBreaks, null);
        for (int i = 0; i < Math.min(TIE_BREAKS, rule.tieBreaks().size()); i++) {
            tieBreaks[i] = rule.tieBreaks().get(i).name();
        }
        Quotas quotas = plan.quotas();
        quotaKind = quotas.kind();
        first = quotas.first();
        second = quotas.second();
        third = quotas.third();
        firstMoney = quotas.firstMoney();
        secondMoney = quotas.secondMoney();
        thirdMoney = quotas.thirdMoney();
        reports = results.reportsOf(roundId);
        snapshots = results.snapshots(roundId);
        snapshotId = snapshots.isEmpty() ? null : snapshots.get(0).getId();
        loadRanking();
    }

    /** The chosen snapshot's ranking, and what changed in it since the version before. */
    public void loadRanking() {
        ranking = round == null ? List.of() : results.ranking(roundId, snapshotId);
        changes = round == null ? List.of() : results.changes(roundId, snapshotId);
    }

    public List<RankingChanges.Named> getChanges() {
        return changes;
    }

    public void saveRule() {
        List<RankingRule.TieBreak> chain = Arrays.stream(tieBreaks)
                .filter(t -> t != null && !t.isBlank()).distinct().map(RankingRule.TieBreak::new).toList();
        change(() -> results.setRule(roundId, plan.getVersion(), new RankingRule(method, normalized, chain)),
                "results.ruleSaved");
    }

    public void saveQuotas() {
        change(() -> results.setQuotas(roundId, plan.getVersion(), new Quotas(quotaKind, first, second, third,
                firstMoney, secondMoney, thirdMoney)), "results.quotasSaved");
    }

    public void aggregate() {
        change(() -> results.aggregateNow(roundId), "results.aggregated");
    }

    public void propose() {
        change(() -> results.propose(roundId, plan.getVersion()), "results.proposed");
    }

    public void review() {
        change(() -> results.review(roundId, plan.getVersion(), note), "results.reviewed");
    }

    public void confirm() {
        change(() -> results.confirm(roundId, plan.getVersion()), "results.confirmed");
    }

    private void change(Supplier<?> action, String doneKey) {
        try {
            action.get();
            feedback.info(doneKey, roundName());
            load();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> "note".equals(field) ? "resultsForm:note" : null);
        }
    }

    /** The newest report file of the round, streamed to the browser. */
    public StreamedContent download(ReportFolder.Kind kind) {
        return Downloads.named(results.reportFile(roundId, kind));
    }

    public boolean hasReport(ReportFolder.Kind kind) {
        return reports.contains(kind);
    }

    public ReportFolder.Kind[] getReportKinds() {
        return ReportFolder.Kind.values();
    }

    private String roundName() {
        return round.getTrack() == null ? feedback.text("judge.finals") : round.getTrack().getCode();
    }

    public List<Round> getRounds() {
        return rounds;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public Round getRound() {
        return round;
    }

    /** When the current proposal was made, in Beijing time. */
    public String getProposedAt() {
        return plan == null ? "" : BeijingTime.seconds(plan.getProposedAt());
    }

    public ResultPlan getPlan() {
        return plan;
    }

    public List<RankingSnapshot> getSnapshots() {
        return snapshots;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public void setSnapshotId(Long snapshotId) {
        this.snapshotId = snapshotId;
    }

    public List<RankingRow> getRanking() {
        return ranking;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public RankingRule.Method getMethod() {
        return method;
    }

    public void setMethod(RankingRule.Method method) {
        this.method = method;
    }

    public RankingRule.Method[] getMethods() {
        return RankingRule.Method.values();
    }

    public boolean isNormalized() {
        return normalized;
    }

    public void setNormalized(boolean normalized) {
        this.normalized = normalized;
    }

    /** The links of the tie-break chain being edited (null: none), for the page's three menus. */
    public String[] getTieBreaks() {
        return tieBreaks;
    }

    /** What may break a tie: the untrimmed mean, or the mean score of one of the round's criteria. */
    public List<RankingRule.TieBreak> getTieBreakOptions() {
        List<RankingRule.TieBreak> options = new ArrayList<>(List.of(RankingRule.TieBreak.UNTRIMMED_MEAN));
        if (round != null) {
            round.getCriteria().forEach(c -> options.add(RankingRule.TieBreak.criterion(c.getCode())));
        }
        return options;
    }

    /** The name of a tie-break in the page's language. */
    public String tieBreakLabel(String name) {
        if (name == null || round == null) {
            return "";
        }
        RankingRule.TieBreak tieBreak = new RankingRule.TieBreak(name);
        if (tieBreak.criterion() == null) {
            return feedback.text("results.untrimmedMean");
        }
        return round.getCriteria().stream().filter(c -> c.getCode().equals(tieBreak.criterion())).findFirst()
                .map(c -> language.isChinese() ? c.getNameZh() : c.getNameEn()).orElse(tieBreak.criterion());
    }

    public Quotas.Kind getQuotaKind() {
        return quotaKind;
    }

    public void setQuotaKind(Quotas.Kind quotaKind) {
        this.quotaKind = quotaKind;
    }

    public Quotas.Kind[] getQuotaKinds() {
        return Quotas.Kind.values();
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public int getSecond() {
        return second;
    }

    public void setSecond(int second) {
        this.second = second;
    }

    public int getThird() {
        return third;
    }

    public void setThird(int third) {
        this.third = third;
    }

    public BigDecimal getFirstMoney() {
        return firstMoney;
    }

    public void setFirstMoney(BigDecimal firstMoney) {
        this.firstMoney = firstMoney;
    }

    public BigDecimal getSecondMoney() {
        return secondMoney;
    }

    public void setSecondMoney(BigDecimal secondMoney) {
        this.secondMoney = secondMoney;
    }

    public BigDecimal getThirdMoney() {
        return thirdMoney;
    }

    public void setThirdMoney(BigDecimal thirdMoney) {
        this.thirdMoney = thirdMoney;
    }
}
