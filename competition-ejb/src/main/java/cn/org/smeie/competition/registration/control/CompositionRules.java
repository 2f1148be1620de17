package cn.org.smeie.competition.registration.control;

import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.OrganizationForm;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the notice for a team (参赛团队), across the fields of its form. Pure: the same
 * form always gives the same violations, in the order of the form.
 *
 * <ul>
 *   <li>consistent (checked at every save): no person twice in the team, every member in one of
 *       the team's organizations of the right kind (students and teachers in a university, experts
 *       in an enterprise), presenters are students (答辩人员应由高校学生担任), credit codes valid;</li>
 *   <li>complete (checked at submission): the committee's team size, at least one student, one
 *       teacher and one enterprise expert, one university and one enterprise, and one presenter.</li>
 * </ul>
 */
public final class CompositionRules {

    private CompositionRules() {
    }

    public static List<Violation> consistency(RegistrationForm form) {
        List<Violation> violations = new ArrayList<>();
        Set<String> organizationNames = new HashSet<>();
        for (int i = 0; i < form.organizations().size(); i++) {
            OrganizationForm o = form.organizations().get(i);
            if (o.name() != null && !organizationNames.add(o.name() + "/" + o.kind())) {
                violations.add(new Violation("organizations[" + i + "].name", "registration.organization.duplicate"));
            }
            if (o.kind() != null && o.kind() != OrganizationKind.UNIVERSITY && o.kind() != OrganizationKind.ENTERPRISE) {
                violations.add(new Violation("organizations[" + i + "].kind", "registration.organization.kind"));
            }
            if (o.creditCode() != null && !CreditCode.isValid(o.creditCode())) {
                violations.add(new Violation("organizations[" + i + "].creditCode", "registration.creditCode.invalid"));
            }
        }
        Set<String> emails = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        for (int i = 0; i < form.members().size(); i++) {
            MemberForm m = form.members().get(i);
            String at = "members[" + i + "].";
            if (m.email() != null && !emails.add(m.email())) {
                violations.add(new Violation(at + "email", "registration.member.duplicate"));
            }
            if (m.mobile() != null && !mobiles.add(m.mobile())) {
                violations.add(new Violation(at + "mobile", "registration.member.duplicate"));
            }
            if (m.kind() != null && m.organization() != null && form.organizations().stream().noneMatch(
                    o -> m.organization().equals(o.name()) && o.kind() == m.kind().organizationKind())) {
                violations.add(new Violation(at + "organization", "registration.member.organization."
                        + m.kind().organizationKind().name()));
            }
            if (m.presenter() && m.kind() != null && m.kind() != MemberKind.STUDENT) {
                violations.add(new Violation(at + "presenter", "registration.presenter.studentsOnly"));
            }
        }
        return violations;
    }

    public static List<Violation> completeness(RegistrationForm form, int minMembers, int maxMembers) {
        List<Violation> violations = new ArrayList<>();
        int size = form.members().size();
        if (size < minMembers || size > maxMembers) {
            violations.add(new Violation("members", "registration.members.size", minMembers, maxMembers, size));
        }
        for (MemberKind kind : MemberKind.values()) {
            if (form.members().stream().noneMatch(m -> m.kind() == kind)) {
                violations.add(new Violation("members", "registration.members.needs." + kind.name()));
            }
        }
        for (OrganizationKind kind : List.of(OrganizationKind.UNIVERSITY, OrganizationKind.ENTERPRISE)) {
            if (form.organizations().stream().noneMatch(o -> o.kind() == kind)) {
                violations.add(new Violation("organizations", "registration.organizations.needs." + kind.name()));
            }
        }
        if (form.members().stream().noneMatch(MemberForm::presenter)) {
            violations.add(new Violation("members", "registration.presenter.needed"));
        }
        return violations;
    }
}
