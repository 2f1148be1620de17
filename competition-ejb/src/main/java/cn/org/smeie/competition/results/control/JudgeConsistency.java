package cn.org.smeie.competition.results.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How consistently each judge of a round scored (评委一致性): the number of sheets, the mean and spread
 * (population standard deviation) of the judge's totals, and the mean deviation from the panel — on
 * each sheet, the judge's total less the mean of all judges' totals for that team. A judge is flagged
 * when the mean deviation is further from zero than two standard deviations of all judges' mean
 * deviations, and at least {@value #MIN_FLAGGED_POINTS} points. Figures to two decimals. Pure.
 */
public final class JudgeConsistency {

    /** A judge is never flagged for a mean deviation smaller than this, however uniform the others are. */
    public static final int MIN_FLAGGED_POINTS = 5;

    private JudgeConsistency() {
    }

    public record JudgeStats(long judge, int sheets, BigDecimal mean, BigDecimal spread, BigDecimal meanDeviation,
                             boolean flagged) {
    }

    public static List<JudgeStats> of(List<Ranking.Sheet> sheets) {
        Map<Long, List<BigDecimal>> byTeam = new TreeMap<>();
        sheets.forEach(s -> byTeam.computeIfAbsent(s.team(), t -> new ArrayList<>()).add(s.total()));
        Map<Long, BigDecimal> panelMean = new TreeMap<>();
        byTeam.forEach((team, totals) -> panelMean.put(team, Ranking.mean(totals)));
        Map<Long, List<Ranking.Sheet>> byJudge = new TreeMap<>();
        sheets.forEach(s -> byJudge.computeIfAbsent(s.judge(), j -> new ArrayList<>()).add(s));

        Map<Long, BigDecimal> deviations = new TreeMap<>();
        byJudge.forEach((judge, own) -> deviations.put(judge, Ranking.mean(own.stream()
                .map(s -> s.total().subtract(panelMean.get(s.team()))).toList())));
        List<BigDecimal> all = new ArrayList<>(deviations.values());
        BigDecimal limit = all.isEmpty() ? BigDecimal.ZERO
                : Ranking.deviation(all, Ranking.mean(all)).multiply(BigDecimal.valueOf(2))
                        .max(BigDecimal.valueOf(MIN_FLAGGED_POINTS));

        List<JudgeStats> stats = new ArrayList<>();
        byJudge.forEach((judge, own) -> {
            List<BigDecimal> totals = own.stream().map(Ranking.Sheet::total).toList();
            BigDecimal mean = Ranking.mean(totals);
            BigDecimal deviation = deviations.get(judge);
            stats.add(new JudgeStats(judge, own.size(), round(mean), round(Ranking.deviation(totals, mean)),
                    round(deviation), deviation.abs().compareTo(limit) > 0));
        });
        return stats;
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
