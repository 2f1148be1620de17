package cn.org.smeie.competition.problemboard.boundary;

import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an enterprise sees of its posted problem through its code: the problem as moderated, and the
 * teams that registered against it with the results they state, to confirm those that answer it.
 */
public record EnterpriseView(EnterpriseProblem problem, List<Answer> answers) implements Serializable {

    public EnterpriseView {
        answers = List.copyOf(answers);
    }

    /** A team that chose the problem; teams still drafting show no result yet. */
    public record Answer(long answerId, String teamName, String projectTitle, String resultSummary,
                         RegistrationStatus status, OffsetDateTime confirmedAt, String confirmationNote)
            implements Serializable {

        public boolean confirmed() {
            return confirmedAt != null;
        }
    }
}
