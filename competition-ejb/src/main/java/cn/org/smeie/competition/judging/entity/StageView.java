package cn.org.smeie.competition.judging.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the big screen of the live finals shows, and what is pushed to every screen when it changes:
 * the team on stage (its place in the order, name, project, universities × enterprises), a tile per
 * judge of its panel with the judge's total once submitted (struck out when the rule drops it, once
 * every judge has submitted), and the team's final score once revealed — never before.
 */
public record StageView(long roundId, StagePhase phase, boolean audiencePublic, int position, int finalists,
                        String trackCode, String teamName, String projectTitle, List<String> universities,
                        List<String> enterprises, List<JudgeTile> judges, int submitted, BigDecimal finalScore,
                        int version) implements Serializable {

    public StageView {
        universities = List.copyOf(universities);
        enterprises = List.copyOf(enterprises);
        judges = List.copyOf(judges);
    }

    /** Judge {@code number} (1, 2, … in a fixed order) and their weighted total, null until submitted. */
    public record JudgeTile(int number, BigDecimal total, boolean struck) implements Serializable {
    }

    /** Whether every judge of the panel has submitted. */
    public boolean complete() {
        return !judges.isEmpty() && submitted == judges.size();
    }
}
