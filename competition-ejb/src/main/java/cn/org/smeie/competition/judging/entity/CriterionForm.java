package cn.org.smeie.competition.judging.entity;

import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A criterion as the committee sets it.
 *
 * @param weight its share of a judge's total, from 0 to 1 (the weights of a round add up to 1)
 */
public record CriterionForm(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}",
                message = "{judging.criterion.code}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") @PlainText
        String nameZh,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @PlainText
        String nameEn,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0.0001", message = "{judging.weight.range}")
        @DecimalMax(value = "1", message = "{judging.weight.range}") BigDecimal weight) implements Serializable {

    public CriterionForm {
        code = code == null ? null : code.strip();
        nameZh = nameZh == null ? null : nameZh.strip();
        nameEn = nameEn == null ? null : nameEn.strip();
        weight = weight == null ? null : weight.setScale(4, RoundingMode.HALF_UP);
    }

    /**
     * A judge's weighted total: each criterion's score times its weight, to two decimals (half up);
     * null while a criterion is unscored.
     */
    public static BigDecimal weightedTotal(List<CriterionForm> criteria, Map<String, BigDecimal> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionForm c : criteria) {
            BigDecimal score = scores.get(c.code());
            if (score == null) {
                return null;
            }
            total = total.add(score.multiply(c.weight()));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** The notice's four criteria (评比), with equal weights. */
    public static List<CriterionForm> notice() {
        BigDecimal quarter = new BigDecimal("0.25");
        return List.of(new CriterionForm("IMPORTANCE", "问题重要性", "Importance of the problem", quarter),
                new CriterionForm("ORIGINALITY", "原创性", "Originality", quarter),
                new CriterionForm("BREAKTHROUGH", "突破性", "Breakthrough", quarter),
                new CriterionForm("TRANSFERABILITY", "可转化性", "Transferability", quarter));
    }
}
