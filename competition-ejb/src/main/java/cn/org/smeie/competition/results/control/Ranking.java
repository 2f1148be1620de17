package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.judging.control.Trimming;
import cn.org.smeie.competition.results.entity.RankingRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The ranking of a round from its submitted sheets, by the round's {@link RankingRule}. Pure and
 * deterministic: the same sheets in any order give the same ranking.
 *
 * <ul>
 *   <li>Each sheet brings the judge's weighted total and the criterion scores it was made of.</li>
 *   <li>Normalization (when the rule asks for it): a judge's totals become z-scores over that judge's
 *       own sheets, rescaled to the mean and spread of all totals of the round, kept to four decimals;
 *       a judge who gave every team the same total contributes the round's mean; a judge with a single
 *       sheet keeps the raw total (one sheet has no spread to measure).</li>
 *   <li>A team's score is the trimmed (or plain) mean of its judges' totals, to two decimals; a team
 *       without a submitted sheet has no score and no rank, and is listed last.</li>
 *   <li>Equal scores are ordered by the tie-break chain, each value the higher the better; teams still
 *       equal share the rank (1, 2, 2, 4) and are flagged as tied.</li>
 * </ul>
 */
public final class Ranking {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final int ADJUSTED_SCALE = 4;
    private static final int MEAN_SCALE = 4;

    private Ranking() {
    }

    /** A submitted sheet: team, judge, weighted total and the criterion scores. */
    public record Sheet(long team, long judge, BigDecimal total, Map<String, BigDecimal> scores) {

        public Sheet {
            Objects.requireNonNull(total);
            scores = Map.copyOf(scores);
        }
    }

    /**
     * A team's place: its rank (null without a score), score, untrimmed mean, the number of judges who
     * scored it, the judges whose totals the rule dropped, the values of the tie-break chain, whether it
     * is tied with another team after the whole chain.
     */
    public record Placed(long team, Integer rank, BigDecimal score, BigDecimal untrimmedMean, int judges,
                         List<Long> droppedJudges, Map<String, BigDecimal> tieBreakValues, boolean tied) {

        public Placed {
            droppedJudges = List.copyOf(droppedJudges);
            tieBreakValues = new LinkedHashMap<>(tieBreakValues);
        }
    }

    /** Ranks the teams (every team of the round, scored or not) by their submitted sheets. */
    public static List<Placed> rank(List<Long> teams, List<Sheet> sheets, RankingRule rule) {
        Map<Sheet, BigDecimal> totals = rule.normalized() ? normalized(sheets) : raw(sheets);
        Map<Long, List<Sheet>> byTeam = new TreeMap<>();
        teams.forEach(t -> byTeam.put(t, new ArrayList<>()));
        sheets.stream().sorted(Comparator.comparingLong(Sheet::judge))
                .forEach(s -> byTeam.computeIfAbsent(s.team(), t -> new ArrayList<>()).add(s));

        List<Placed> scored = new ArrayList<>();
        List<Placed> unscored = new ArrayList<>();
        byTeam.forEach((team, panel) -> {
            if (panel.isEmpty()) {
                unscored.add(new Placed(team, null, null, null, 0, List.of(), Map.of(), false));
                return;
            }
            List<BigDecimal> panelTotals = panel.stream().map(totals::get).toList();
            Trimming.Trimmed trimmed = rule.method() == RankingRule.Method.TRIMMED ? Trimming.trim(panelTotals)
                    : Trimming.trim(panelTotals, 0);
            List<Long> dropped = trimmed.dropped().stream().map(i -> panel.get(i).judge()).sorted().toList();
            Map<String, BigDecimal> chain = new LinkedHashMap<>();
            for (RankingRule.TieBreak tieBreak : rule.tieBreaks()) {
                chain.put(tieBreak.name(), tieBreak.criterion() == null ? trimmed.untrimmedMean()
                        : criterionMean(panel, tieBreak.criterion()));
            }
            scored.add(new Placed(team, null, trimmed.mean(), trimmed.untrimmedMean(), panel.size(), dropped, chain,
                    false));
        });

        Comparator<Placed> better = Comparator.comparing(Placed::score, Comparator.reverseOrder());
        for (RankingRule.TieBreak tieBreak : rule.tieBreaks()) {
            better = better.thenComparing(p -> p.tieBreakValues().get(tieBreak.name()),
                    Comparator.nullsLast(Comparator.reverseOrder()));
        }
        Comparator<Placed> order = better.thenComparingLong(Placed::team);
        scored.sort(order);

        List<Placed> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Placed p = scored.get(i);
            boolean tiedWithPrevious = i > 0 && better.compare(scored.get(i - 1), p) == 0;
            boolean tiedWithNext = i + 1 < scored.size() && better.compare(p, scored.get(i + 1)) == 0;
            int rank = tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Placed(p.team(), rank, p.score(), p.untrimmedMean(), p.judges(), p.droppedJudges(),
                    p.tieBreakValues(), tiedWithPrevious || tiedWithNext));
        }
        ranked.addAll(unscored);
        return ranked;
    }

    private static Map<Sheet, BigDecimal> raw(List<Sheet> sheets) {
        Map<Sheet, BigDecimal> totals = new HashMap<>();
        sheets.forEach(s -> totals.put(s, s.total()));
        return totals;
    }

    private static Map<Sheet, BigDecimal> normalized(List<Sheet> sheets) {
        Map<Sheet, BigDecimal> totals = new HashMap<>();
        if (sheets.isEmpty()) {
            return totals;
        }
        List<BigDecimal> all = sheets.stream().map(Sheet::total).toList();
        BigDecimal roundMean = mean(all);
        BigDecimal roundSpread = deviation(all, roundMean);
        Map<Long, List<Sheet>> byJudge = new TreeMap<>();
        sheets.forEach(s -> byJudge.computeIfAbsent(s.judge(), j -> new ArrayList<>()).add(s));
        byJudge.forEach((judge, own) -> {
            List<BigDecimal> values = own.stream().map(Sheet::total).toList();
            BigDecimal mean = mean(values);
            BigDecimal spread = deviation(values, mean);
            for (Sheet s : own) {
                BigDecimal adjusted;
                if (own.size() < 2) {
                    adjusted = s.total();
                } else if (spread.signum() == 0) {
                    adjusted = roundMean;
                } else {
                    BigDecimal z = s.total().subtract(mean).divide(spread, PRECISION);
                    adjusted = roundMean.add(roundSpread.multiply(z, PRECISION), PRECISION);
                }
                totals.put(s, adjusted.setScale(ADJUSTED_SCALE, RoundingMode.HALF_UP));
            }
        });
        return totals;
    }

    private static BigDecimal criterionMean(List<Sheet> panel, String criterion) {
        List<BigDecimal> values = panel.stream().map(s -> s.scores().get(criterion)).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : mean(values).setScale(MEAN_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), PRECISION);
    }

    /** The population standard deviation. */
    static BigDecimal deviation(List<BigDecimal> values, BigDecimal mean) {
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            BigDecimal d = v.subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        return squares.divide(BigDecimal.valueOf(values.size()), PRECISION).sqrt(PRECISION);
    }
}
