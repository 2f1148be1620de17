package cn.org.smeie.competition.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.OrganizationForm;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CompositionRulesTest {

    static final OrganizationForm HIT = new OrganizationForm("哈尔滨工业大学", OrganizationKind.UNIVERSITY, null);
    static final OrganizationForm HUAWEI = new OrganizationForm("华为技术有限公司", OrganizationKind.ENTERPRISE,
            "914403001922038216");

    static MemberForm student(String name, String email, String mobile, boolean presenter) {
        return new MemberForm(name, MemberKind.STUDENT, HIT.name(), "计算机 2021 级", email, mobile, presenter);
    }

    static RegistrationForm valid() {
        return form(List.of(
                student("张喆", "zhe@hit.edu.cn", "13800000001", true),
                new MemberForm("李老师", MemberKind.TEACHER, HIT.name(), "教授", "li@hit.edu.cn", "13800000002", false),
                new MemberForm("王工", MemberKind.ENTERPRISE_EXPERT, HUAWEI.name(), "高级工程师", "wang@huawei.com",
                        "13800000003", false)), List.of(HIT, HUAWEI));
    }

    static RegistrationForm form(List<MemberForm> members, List<OrganizationForm> organizations) {
        return new RegistrationForm("星火队", "工业互联网入侵检测", "企业难题", "成果", members, organizations);
    }

    @Test
    void aTeamOfTheNoticeIsConsistentAndComplete() {
        assertThat(CompositionRules.consistency(valid())).isEmpty();
        assertThat(CompositionRules.completeness(valid(), 3, 10)).isEmpty();
    }

    @Test
    void aTeamNeedsAStudentATeacherAnExpertAUniversityAnEnterpriseAndAPresenter() {
        RegistrationForm teachers = form(List.of(
                new MemberForm("李老师", MemberKind.TEACHER, HIT.name(), null, "li@hit.edu.cn", "13800000002", false)),
                List.of(HIT));
        assertThat(CompositionRules.completeness(teachers, 3, 10)).extracting(Violation::key).containsExactly(
                "registration.members.size", "registration.members.needs.STUDENT",
                "registration.members.needs.ENTERPRISE_EXPERT", "registration.organizations.needs.ENTERPRISE",
                "registration.presenter.needed");
    }

    @Test
    void theTeamSizeIsTheCommitteesLimit() {
        List<MemberForm> eleven = new ArrayList<>(valid().members());
        for (int i = 4; i <= 11; i++) {
            eleven.add(student("学生" + i, "s" + i + "@hit.edu.cn", "1380000001" + (i % 10), false));
        }
        Violation size = CompositionRules.completeness(form(eleven, List.of(HIT, HUAWEI)), 3, 10).get(0);
        assertThat(size).isEqualTo(new Violation("members", "registration.members.size", 3, 10, 11));
        assertThat(size.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("团队成员: 团队人数应为 3 至 10 人，当前为 11 人。");
    }

    @Test
    void onlyStudentsPresent() {
        RegistrationForm teacherPresents = form(List.of(valid().members().get(0),
                new MemberForm("李老师", MemberKind.TEACHER, HIT.name(), null, "li@hit.edu.cn", "13800000002", true),
                valid().members().get(2)), List.of(HIT, HUAWEI));
        Violation v = CompositionRules.consistency(teacherPresents).get(0);
        assertThat(v).isEqualTo(new Violation("members[1].presenter", "registration.presenter.studentsOnly"));
        assertThat(v.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("成员 2 · 答辩人员: 答辩人员应由高校学生担任。");
        assertThat(v.describe(Locale.ENGLISH)).isEqualTo("Member 2 · Presenter: only students present at the defense.");
    }

    @Test
    void membersBelongToTheTeamsOrganizationsOfTheirKind() {
        RegistrationForm expertAtUniversity = form(List.of(valid().members().get(0), valid().members().get(1),
                new MemberForm("王工", MemberKind.ENTERPRISE_EXPERT, HIT.name(), null, "wang@huawei.com", "13800000003",
                        false)), List.of(HIT, HUAWEI));
        assertThat(CompositionRules.consistency(expertAtUniversity)).containsExactly(
                new Violation("members[2].organization", "registration.member.organization.ENTERPRISE"));
    }

    @Test
    void nobodyIsInTheTeamTwice() {
        RegistrationForm twice = form(List.of(valid().members().get(0),
                student("张喆", "zhe@hit.edu.cn", "13800000001", false), valid().members().get(1)), List.of(HIT, HUAWEI));
        assertThat(CompositionRules.consistency(twice)).containsExactly(
                new Violation("members[1].email", "registration.member.duplicate"),
                new Violation("members[1].mobile", "registration.member.duplicate"));
    }

    @Test
    void creditCodesAreCheckedByTheirCheckCharacter() {
        assertThat(CreditCode.isValid("914403001922038216")).isTrue();
        assertThat(CreditCode.isValid("91330100799655058B")).isTrue();
        assertThat(CreditCode.isValid("91110000710925462X")).isTrue();
        assertThat(CreditCode.isValid("914403001922038217")).as("wrong check character").isFalse();
        assertThat(CreditCode.isValid("91440300192203821")).as("17 characters").isFalse();
        assertThat(CreditCode.isValid("9144030019220382I6")).as("I is not a symbol").isFalse();
        RegistrationForm badCode = form(valid().members(), List.of(HIT,
                new OrganizationForm(HUAWEI.name(), OrganizationKind.ENTERPRISE, "914403001922038217")));
        assertThat(CompositionRules.consistency(badCode)).containsExactly(
                new Violation("organizations[1].creditCode", "registration.creditCode.invalid"));
    }

    @Test
    void aTeamsOrganizationsAreUniversitiesAndEnterprises() {
        RegistrationForm host = form(valid().members(), List.of(HIT, HUAWEI,
                new OrganizationForm("承办单位", OrganizationKind.HOST, null)));
        assertThat(CompositionRules.consistency(host)).containsExactly(
                new Violation("organizations[2].kind", "registration.organization.kind"));
    }
}
