package cn.org.smeie.competition.problemboard.control;

import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.problemboard.entity.ProblemAnswer;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The board's rule for a team that registers against a posted problem: an enterprise expert of the
 * enterprise that posted it is a member of the team. Checked when the team chooses the problem and
 * again when it submits its registration.
 */
@Dependent
public class ProblemChoices {

    @PersistenceContext
    EntityManager em;

    /** The problem the registration answers, if it chose one. */
    public Optional<ProblemAnswer> of(long registrationId) {
        return em.createNamedQuery(ProblemAnswer.OF_REGISTRATION, ProblemAnswer.class)
                .setParameter("registration", registrationId).getResultStream().findFirst();
    }

    /** The rule's violation for this team and problem, if the team has no expert of the problem's enterprise. */
    public Optional<Violation> expertMissing(Registration registration, EnterpriseProblem problem) {
        boolean present = registration.getMembers().stream().anyMatch(m -> m.getKind() == MemberKind.ENTERPRISE_EXPERT
                && problem.isEnterprise(m.getOrganization()));
        return present ? Optional.empty()
                : Optional.of(new Violation("problem", "problems.expertMissing", problem.getEnterprise()));
    }

    /** The same rule for a registration's own choice; nothing when it chose no problem. */
    public Optional<Violation> expertMissing(Registration registration) {
        return of(registration.getId()).flatMap(answer -> expertMissing(registration, answer.getProblem()));
    }
}
