package cn.org.smeie.competition.web.console;

import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.results.boundary.Results;
import cn.org.smeie.competition.results.entity.RankingRow;
import cn.org.smeie.competition.results.entity.RankingRule;
import cn.org.smeie.competition.results.entity.RankingSnapshot;
import cn.org.smeie.competition.results.entity.ResultPlan;
import cn.org.smeie.competition.web.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A round's ranking with its prizes on one page made for paper ({@code results-print.xhtml?round=&snapshot=}):
 * every row, no navigation, the round, its state and the snapshot printed with it. What the caller may
 * read is the {@link Results} boundary's to decide, as on the results page.
 */
@Named
@RequestScoped
public class ResultsPrint {

    @Inject
    Results results;

    @Inject
    Judging judging;

    @Inject
    Language language;

    private Long roundId;
    private Long snapshotId;
    private Round round;
    private ResultPlan plan;
    private RankingSnapshot snapshot;
    private List<RankingRow> ranking = List.of();
    private Set<BigDecimal> sharedScores;
    private Map<String, String> criterionNames;
    private final OffsetDateTime printedAt = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));

    /** Loads the round named by the view parameters (the newest snapshot when none is named). */
    public void load() {
        if (roundId == null) {
            return;
        }
        round = judging.round(roundId);
        plan = results.plan(roundId);
        List<RankingSnapshot> snapshots = results.snapshots(roundId);
        snapshot = snapshots.stream().filter(s -> snapshotId == null || s.getId().equals(snapshotId)).findFirst()
                .orElse(null);
        ranking = snapshot == null ? List.of() : results.ranking(roundId, snapshot.getId());
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public void setSnapshotId(Long snapshotId) {
        this.snapshotId = snapshotId;
    }

    public Round getRound() {
        return round;
    }

    public ResultPlan getPlan() {
        return plan;
    }

    public RankingSnapshot getSnapshot() {
        return snapshot;
    }

    /**
     * The tie-break values that ordered a team among others of the same score, in words; empty for a team whose
     * score no other team shares.
     */
    public String tieBreak(RankingRow row) {
        if (row.score() == null || !sharedScores().contains(row.score().stripTrailingZeros())) {
            return "";
        }
        if (criterionNames == null) {
            criterionNames = new HashMap<>();
            round.getCriteria().forEach(c -> criterionNames.put(c.getCode(),
                    language.isChinese() ? c.getNameZh() : c.getNameEn()));
        }
        return RankingRule.valuesInWords(row.tieBreakValues(), language.getLocale(), criterionNames);
    }

    /** The scores more than one team of the ranking has (counted once per page). */
    private Set<BigDecimal> sharedScores() {
        if (sharedScores == null) {
            Set<BigDecimal> seen = new HashSet<>();
            sharedScores = ranking.stream().map(RankingRow::score).filter(Objects::nonNull)
                    .map(BigDecimal::stripTrailingZeros).filter(score -> !seen.add(score)).collect(Collectors.toSet());
        }
        return sharedScores;
    }

    public List<RankingRow> getRanking() {
        return ranking;
    }

    public OffsetDateTime getPrintedAt() {
        return printedAt;
    }
}
