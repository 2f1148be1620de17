package cn.org.smeie.competition.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Judge consistency on cases computed by hand. */
class JudgeConsistencyTest {

    @Test
    void aJudgeFarBelowThePanelIsFlaggedAndTheOthersAreNot() {
        // team 1: judges 1-5 give 80, judge 6 gives 50 -> panel mean 75; team 2: 90 and 60 -> 85.
        // judges 1-5 deviate by +5 on both, judge 6 by -25; the deviations' spread is sqrt(750 / 6) = 11.18,
        // two of it 22.36: only judge 6 (25) is beyond.
        List<Ranking.Sheet> sheets = new ArrayList<>();
        for (long judge = 1; judge <= 6; judge++) {
            sheets.add(sheet(1, judge, judge == 6 ? "50" : "80"));
            sheets.add(sheet(2, judge, judge == 6 ? "60" : "90"));
        }
        List<JudgeConsistency.JudgeStats> stats = JudgeConsistency.of(sheets);
        assertThat(stats).extracting(JudgeConsistency.JudgeStats::judge).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        JudgeConsistency.JudgeStats first = stats.get(0);
        assertThat(first.sheets()).isEqualTo(2);
        assertThat(first.mean()).isEqualByComparingTo("85.00");
        assertThat(first.spread()).isEqualByComparingTo("5.00");
        assertThat(first.meanDeviation()).isEqualByComparingTo("5.00");
        assertThat(first.flagged()).isFalse();
        JudgeConsistency.JudgeStats last = stats.get(5);
        assertThat(last.mean()).isEqualByComparingTo("55.00");
        assertThat(last.meanDeviation()).isEqualByComparingTo("-25.00");
        assertThat(last.flagged()).isTrue();
    }

    @Test
    void aSmallSpreadFlagsNobodyBelowFivePoints() {
        // three judges, deviations 0, -1, +1: two spreads are 1.63, but nobody is 5 points off
        List<Ranking.Sheet> sheets = List.of(sheet(1, 1, "80"), sheet(1, 2, "79"), sheet(1, 3, "81"));
        assertThat(JudgeConsistency.of(sheets)).noneMatch(JudgeConsistency.JudgeStats::flagged);
        assertThat(JudgeConsistency.of(List.of())).isEmpty();
    }

    private static Ranking.Sheet sheet(long team, long judge, String total) {
        return new Ranking.Sheet(team, judge, new BigDecimal(total), Map.of());
    }
}
