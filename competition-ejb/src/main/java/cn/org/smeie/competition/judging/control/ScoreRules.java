package cn.org.smeie.competition.judging.control;

import cn.org.smeie.competition.platform.error.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A judge's scores against the round's scale: each criterion scored, from 0 to the maximum, on the
 * round's step (0.5: 87.5 yes, 87.3 no); no score for a criterion the round does not have. Pure.
 */
public final class ScoreRules {

    private ScoreRules() {
    }

    /**
     * @param criteria the round's criterion codes, in order
     * @param complete whether every criterion needs a score (a submission) or may still be empty (a draft)
     */
    public static List<Violation> check(Map<String, BigDecimal> scores, List<String> criteria, BigDecimal max,
                                        BigDecimal step, boolean complete) {
        List<Violation> violations = new ArrayList<>();
        for (String code : scores.keySet()) {
            if (!criteria.contains(code)) {
                violations.add(new Violation("scores." + code, "judging.score.unknownCriterion"));
            }
        }
        for (String code : criteria) {
            BigDecimal score = scores.get(code);
            String field = "scores." + code;
            if (score == null) {
                if (complete) {
                    violations.add(new Violation(field, "judging.score.missing"));
                }
            } else if (score.signum() < 0 || score.compareTo(max) > 0) {
                violations.add(new Violation(field, "judging.score.outOfRange", max.stripTrailingZeros().toPlainString()));
            } else if (score.remainder(step).signum() != 0) {
                violations.add(new Violation(field, "judging.score.offStep", step.stripTrailingZeros().toPlainString()));
            }
        }
        return violations;
    }
}
