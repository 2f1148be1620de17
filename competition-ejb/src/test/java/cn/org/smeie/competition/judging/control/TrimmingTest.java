package cn.org.smeie.competition.judging.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trimmed mean on cases computed by hand. */
class TrimmingTest {

    @Test
    void theRuleDropsByPanelSize() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 9, 15).stream().map(Trimming::dropsEach))
                .containsExactly(0, 0, 0, 0, 1, 1, 2, 2, 2);
    }

    @Test
    void fiveJudgesLoseTheirHighestAndLowest() {
        // 80 + 85 + 90 = 255, / 3 = 85; all five: 420 / 5 = 84
        Trimming.Trimmed t = Trimming.trim(totals("80", "85", "90", "70", "95"));
        assertThat(t.dropped()).containsExactlyInAnyOrder(3, 4);
        assertThat(t.mean()).isEqualByComparingTo("85.00");
        assertThat(t.untrimmedMean()).isEqualByComparingTo("84.00");
    }

    @Test
    void sevenJudgesLoseTwoAndTwoAndMeansRoundHalfUpToTwoDecimals() {
        // kept 81.25 + 82.5 + 83.13 = 246.88, / 3 = 82.2933… -> 82.29; all: 576.88 / 7 = 82.4114… -> 82.41
        Trimming.Trimmed t = Trimming.trim(totals("60", "81.25", "99", "82.5", "70", "83.13", "101"));
        assertThat(t.dropped()).containsExactlyInAnyOrder(0, 4, 2, 6);
        assertThat(t.mean()).isEqualByComparingTo("82.29");
        assertThat(t.untrimmedMean()).isEqualByComparingTo("82.41");
        // 10.005 rounds half up to 10.01
        assertThat(Trimming.trim(totals("10.00", "10.01")).mean()).isEqualByComparingTo("10.01");
    }

    @Test
    void fewerThanFiveJudgesKeepEveryTotalAndASingleJudgeIsTheMean() {
        Trimming.Trimmed four = Trimming.trim(totals("60", "70", "80", "95"));
        assertThat(four.dropped()).isEmpty();
        assertThat(four.mean()).isEqualByComparingTo("76.25");
        assertThat(Trimming.trim(totals("87.5")).mean()).isEqualByComparingTo("87.50");
        assertThat(Trimming.trim(List.of()).mean()).isNull();
    }

    @Test
    void equalTotalsStrikeFixedPlacesAndLeaveTheSameMean() {
        Trimming.Trimmed same = Trimming.trim(totals("90", "90", "90", "90", "90", "90"));
        // lowest: the first of equals; highest: the last of equals
        assertThat(same.dropped()).containsExactlyInAnyOrder(0, 5);
        assertThat(same.mean()).isEqualByComparingTo("90.00");
        Trimming.Trimmed ties = Trimming.trim(totals("95", "70", "95", "70", "80"));
        assertThat(ties.dropped()).containsExactlyInAnyOrder(1, 2);
        assertThat(ties.mean()).isEqualByComparingTo("81.67");
        assertThat(Trimming.trim(totals("95", "70", "95", "70", "80")).dropped()).isEqualTo(ties.dropped());
    }

    @Test
    void droppingAllTotalsIsRefused() {
        assertThatThrownBy(() -> Trimming.trim(totals("80", "90"), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> totals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
