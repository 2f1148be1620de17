package cn.org.smeie.competition.judging.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The trimmed mean of a team's judge totals (去掉最高分和最低分): with five or six judges the highest and
 * the lowest total are dropped, with seven or more the two highest and the two lowest, with fewer than
 * five none. Among equal totals the later judge's is the one dropped as highest and the earlier
 * judge's as lowest, so the same totals in the same order always strike the same places. Means are
 * kept to two decimals, rounded half up: the score shown is the score ranked. Pure.
 */
public final class Trimming {

    /** Decimals of a team's score. */
    public static final int SCALE = 2;

    private Trimming() {
    }

    /** How many of the highest and how many of the lowest totals the rule drops for a panel of this size. */
    public static int dropsEach(int panel) {
        if (panel >= 7) {
            return 2;
        }
        return panel >= 5 ? 1 : 0;
    }

    /**
     * Trims the totals (in the judges' order) by the panel-size rule.
     *
     * @return the places dropped, the mean of the others, and the mean of all
     */
    public static Trimmed trim(List<BigDecimal> totals) {
        return trim(totals, dropsEach(totals.size()));
    }

    /** Trims {@code dropEach} of the highest and of the lowest totals. */
    public static Trimmed trim(List<BigDecimal> totals, int dropEach) {
        if (totals.isEmpty()) {
            return new Trimmed(Set.of(), null, null);
        }
        if (2 * dropEach >= totals.size()) {
            throw new IllegalArgumentException("cannot drop " + dropEach + " twice from " + totals.size() + " totals");
        }
        List<Integer> ascending = IntStream.range(0, totals.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> totals.get(i)).thenComparing(i -> i)).toList();
        Set<Integer> dropped = new TreeSet<>(ascending.subList(0, dropEach));
        dropped.addAll(ascending.subList(totals.size() - dropEach, totals.size()));
        BigDecimal kept = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (int i = 0; i < totals.size(); i++) {
            all = all.add(totals.get(i));
            if (!dropped.contains(i)) {
                kept = kept.add(totals.get(i));
            }
        }
        return new Trimmed(dropped, mean(kept, totals.size() - dropped.size()), mean(all, totals.size()));
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
    }

    /** Which places were dropped, the mean of the rest, and the mean of all (null for no totals). */
    public record Trimmed(Set<Integer> dropped, BigDecimal mean, BigDecimal untrimmedMean) {

        public Trimmed {
            dropped = Set.copyOf(dropped);
        }
    }
}
