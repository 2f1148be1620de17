package cn.org.smeie.competition.judging.boundary;

import java.io.Serializable;
import java.util.List;

/** What the judging boundary reports back: results of an automatic assignment, and scoring progress. */
public final class JudgingReports {

    private JudgingReports() {
    }

    /** A team that has fewer judges than the round asks for, and how many it has. */
    public record ShortTeam(long registrationId, String teamName, int judges) implements Serializable {
    }

    /**
     * An automatic assignment: how many teams and judges, how many sheets it added, the teams still
     * short of judges (conflicts left too few), and the spread of the judges' loads.
     */
    public record Assignment(int teams, int judges, int added, List<ShortTeam> shortOfJudges, int minLoad,
                             int maxLoad) implements Serializable {
    }

    /** One judge's or one team's sheets: assigned, submitted. */
    public record Count(long id, String name, int assigned, int submitted) implements Serializable {

        public boolean complete() {
            return assigned > 0 && assigned == submitted;
        }
    }

    /** Scoring progress of a round, per judge and per team. */
    public record Progress(List<Count> judges, List<Count> teams, int sheets, int submitted) implements Serializable {
    }
}
