package cn.org.smeie.competition.judging.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How a round is judged, as the committee sets it: the scale (0 to {@code scaleMax} in steps of
 * {@code step}), how many judges score each team, the criteria with their weights, and when scoring
 * opens and closes (Beijing time; informative for judges and hosts).
 */
public record RoundSettings(
        @NotNull(message = "{validation.required}") @DecimalMin(value = "1", message = "{judging.scale.range}")
        @DecimalMax(value = "1000", message = "{judging.scale.range}") BigDecimal scaleMax,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0.1", message = "{judging.step.range}")
        @DecimalMax(value = "100", message = "{judging.step.range}") BigDecimal step,
        @Min(value = 1, message = "{judging.judgesPerTeam.range}") @Max(value = 15,
                message = "{judging.judgesPerTeam.range}") int judgesPerTeam,
        LocalDateTime scoringOpensAt,
        LocalDateTime scoringClosesAt,
        @NotNull(message = "{validation.required}") @Size(min = 1, max = 10, message = "{judging.criteria.count}")
        List<@Valid CriterionForm> criteria) implements Serializable {

    public RoundSettings {
        criteria = criteria == null ? null : List.copyOf(criteria);
    }

    /** The notice's defaults: 0–100 in steps of 0.5, five judges a team, the four criteria with equal weights. */
    public static RoundSettings defaults() {
        return new RoundSettings(new BigDecimal("100"), new BigDecimal("0.5"), 5, null, null, CriterionForm.notice());
    }
}
