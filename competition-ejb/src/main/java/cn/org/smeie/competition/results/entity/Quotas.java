package cn.org.smeie.competition.results.entity;

import cn.org.smeie.competition.platform.error.Violation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How many first, second and third prizes a round gives — a number of teams, or a percentage of the
 * round's teams (rounded half up) — and the prize money of each (the finals'; optional for tracks).
 */
public record Quotas(@NotNull(message = "{validation.required}") Kind kind,
                     @Min(value = 0, message = "{results.quota.range}") @Max(value = 10000,
                             message = "{results.quota.range}") int first,
                     @Min(value = 0, message = "{results.quota.range}") @Max(value = 10000,
                             message = "{results.quota.range}") int second,
                     @Min(value = 0, message = "{results.quota.range}") @Max(value = 10000,
                             message = "{results.quota.range}") int third,
                     @DecimalMin(value = "0", message = "{results.money.range}") BigDecimal firstMoney,
                     @DecimalMin(value = "0", message = "{results.money.range}") BigDecimal secondMoney,
                     @DecimalMin(value = "0", message = "{results.money.range}") BigDecimal thirdMoney)
        implements Serializable {

    /** Numbers of teams, or per cent of the round's teams. */
    public enum Kind {
        COUNT,
        PERCENT
    }

    /** Tracks: 10 %, 20 % and 30 % of their teams. */
    public static Quotas trackDefaults() {
        return new Quotas(Kind.PERCENT, 10, 20, 30, null, null, null);
    }

    /** The finals: one first, two second and three third prizes; the money is the committee's to set. */
    public static Quotas finalsDefaults() {
        return new Quotas(Kind.COUNT, 1, 2, 3, null, null, null);
    }

    /** What is wrong with these quotas beyond each number's range: percentages that add up to more than all teams. */
    public List<Violation> violations() {
        return kind == Kind.PERCENT && first + second + third > 100
                ? List.of(new Violation("quotas", "results.quota.percentSum")) : List.of();
    }

    /** The number of first, second and third prizes for a round of {@code teams} teams. */
    public int[] counts(int teams) {
        return new int[] {count(first, teams), count(second, teams), count(third, teams)};
    }

    private int count(int quota, int teams) {
        if (kind == Kind.COUNT) {
            return quota;
        }
        return BigDecimal.valueOf((long) quota * teams).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    /** The prize money of a prize, or null. */
    public BigDecimal money(Prize prize) {
        return switch (prize) {
            case FIRST -> firstMoney;
            case SECOND -> secondMoney;
            case THIRD -> thirdMoney;
        };
    }
}
