package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.results.entity.AwardStatus;
import cn.org.smeie.competition.results.entity.RankingRow;
import cn.org.smeie.competition.results.entity.RankingRule;
import cn.org.smeie.competition.results.entity.RankingSnapshot;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the results reports say of a round: its newest ranking with teams and prizes, and how
 * consistently its judges scored. For the aggregation job's report step (the committee started it, or
 * the nightly timer did).
 */
@Stateless
public class ResultReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Aggregation aggregation;

    @Inject
    RankingRows rankingRows;

    /**
     * A round's report: which round, by which rule and snapshot, its ranking, its judges, and what changed since
     * the snapshot before.
     */
    public record RoundReport(long roundId, String trackCode, String trackField, int editionYear, String rule,
                              int snapshotVersion, String checksum, AwardStatus awards, int sheets,
                              List<RankingRow> rows, List<JudgeLine> judges, List<RankingChanges.Named> changes) {

        /** For file names and headings: the track's code, or FINAL. */
        public String code() {
            return trackCode == null ? "FINAL" : trackCode;
        }
    }

    /** One judge's line of the consistency report. */
    public record JudgeLine(String judge, int sheets, BigDecimal mean, BigDecimal spread, BigDecimal meanDeviation,
                            boolean flagged) {
    }

    /** The rule a snapshot kept, in Chinese words with the round's criteria named (as kept, if it cannot be read). */
    static String ruleInWords(String kept, List<CriterionForm> criteria) {
        Map<String, String> names = new HashMap<>();
        criteria.forEach(c -> names.put(c.code(), c.nameZh()));
        return RankingRule.parse(kept).map(rule -> rule.inWords(Locale.SIMPLIFIED_CHINESE, names)).orElse(kept);
    }

    /** The report of a round that has a ranking snapshot; empty when it has none yet. */
    public Optional<RoundReport> report(long roundId) {
        Optional<RankingSnapshot> latest = aggregation.latest(roundId);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        RankingSnapshot snapshot = latest.get();
        Aggregation.Inputs inputs = aggregation.read(roundId);
        Round round = inputs.round();
        List<JudgeConsistency.JudgeStats> stats = JudgeConsistency.of(inputs.sheets());
        Map<Long, String> names = new HashMap<>();
        if (!stats.isEmpty()) {
            em.createQuery("select a from Account a where a.id in :ids", Account.class)
                    .setParameter("ids", stats.stream().map(JudgeConsistency.JudgeStats::judge).toList())
                    .getResultList().forEach(a -> names.put(a.getId(), a.getDisplayName()));
        }
        List<JudgeLine> judges = stats.stream().map(s -> new JudgeLine(names.getOrDefault(s.judge(), "#" + s.judge()),
                s.sheets(), s.mean(), s.spread(), s.meanDeviation(), s.flagged())).toList();
        return Optional.of(new RoundReport(roundId, round.getTrack() == null ? null : round.getTrack().getCode(),
                round.getTrack() == null ? "全国总决赛" : round.getTrack().getFieldZh(), round.getEdition().getYear(),
                ruleInWords(snapshot.getRuleText(), inputs.criteria()), snapshot.getVersionNumber(),
                snapshot.getInputsChecksum(),
                aggregation.planOf(round).getAwardStatus(), snapshot.getSheets(),
                rankingRows.rows(round, snapshot.getEntries()), judges, aggregation.changes(round, snapshot)));
    }
}
