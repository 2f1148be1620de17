package cn.org.smeie.competition.registration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.registration.entity.MemberKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationSheetTest {

    private static final String HEADER = "联系人邮箱,团队名称,项目名称,企业面临的难点技术问题,成果简介,成员姓名,成员类别,所在单位,"
            + "成员邮箱,成员手机,答辩人员";

    @Test
    void theTemplateReadsBackAsOneCompleteTeam() {
        List<RegistrationSheet.Row> rows = RegistrationSheet.read(RegistrationSheet.template());
        assertThat(rows).extracting(RegistrationSheet.Row::number).containsExactly(2, 3, 4);
        List<ImportedTeam.Problem> orphans = new ArrayList<>();
        List<ImportedTeam> teams = ImportedTeam.group(rows, orphans);
        assertThat(orphans).isEmpty();
        assertThat(teams).hasSize(1);
        ImportedTeam team = teams.get(0);
        assertThat(team.problems()).isEmpty();
        assertThat(team.contactEmail()).isEqualTo("zhang@hit.edu.cn");
        assertThat(team.contactName()).isEqualTo("张老师");
        assertThat(team.form().teamName()).isEqualTo("星火队");
        assertThat(team.form().members()).extracting(m -> m.kind())
                .containsExactly(MemberKind.STUDENT, MemberKind.TEACHER, MemberKind.ENTERPRISE_EXPERT);
        assertThat(team.form().members().get(0).presenter()).isTrue();
        assertThat(team.form().members().get(0).mobile()).isEqualTo("13900000001");
        assertThat(team.form().organizations()).extracting(o -> o.name() + "/" + o.kind() + "/" + o.creditCode())
                .containsExactly("哈尔滨工业大学/UNIVERSITY/null", "华为技术有限公司/ENTERPRISE/914403001922038216");
        assertThat(CompositionRules.consistency(team.form())).isEmpty();
        assertThat(CompositionRules.completeness(team.form(), 3, 10)).isEmpty();
    }

    @Test
    void aCsvInUtf8WithAByteOrderMarkOrInGbkAsExcelSavesIt() {
        String csv = HEADER + "\n"
                + "a@b.cn,星火队,项目,难题,成果,张喆,学生,哈尔滨工业大学,zhe@hit.edu.cn,13900000001,是\n"
                + ",,,,,,,,,,\n"
                + "a@b.cn,,,,,王淼,企业专家,华为技术有限公司,miao@huawei.com,13900000003,否\n";
        for (byte[] bytes : List.of(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), csv.getBytes(Charset.forName("GBK")))) {
            List<RegistrationSheet.Row> rows = RegistrationSheet.read(bytes);
            assertThat(rows).extracting(RegistrationSheet.Row::number).containsExactly(2, 4);
            assertThat(rows.get(0).get(ImportColumn.MEMBER_NAME)).isEqualTo("张喆");
            assertThat(rows.get(1).get(ImportColumn.ORGANIZATION)).isEqualTo("华为技术有限公司");
            assertThat(rows.get(1).get(ImportColumn.TEAM_NAME)).isNull();
        }
    }

    @Test
    void headersMayBeKeysAndMissingRequiredColumnsAreNamed() {
        String keys = "contact_email,team_name,project_title,problem_statement,result_summary,member_name,member_kind,"
                + "organization,member_email,member_mobile\na@b.cn,T,P,S,R,N,student,U,n@u.cn,13900000001\n";
        assertThat(RegistrationSheet.read(keys.getBytes(StandardCharsets.UTF_8)).get(0).get(ImportColumn.MEMBER_KIND))
                .isEqualTo("student");
        assertThatThrownBy(() -> RegistrationSheet.read("联系人邮箱,团队名称\na@b.cn,T\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Violation v = e.violations().get(0);
                    assertThat(v.key()).isEqualTo("import.columnsMissing");
                    assertThat((String) v.arguments()[0]).contains("项目名称 project_title").contains("成员手机 member_mobile")
                            .doesNotContain("team_name");
                });
    }

    @Test
    void aTruncatedWorkbookAnEmptyFileAndAHeaderWithoutRowsAreRefusedAsAWhole() {
        byte[] workbook = RegistrationSheet.template();
        assertThat(key(Arrays.copyOf(workbook, workbook.length / 2))).isEqualTo("import.unreadable");
        assertThat(key(new byte[0])).isEqualTo("material.empty");
        assertThat(key((HEADER + "\n").getBytes(StandardCharsets.UTF_8))).isEqualTo("import.empty");
        assertThat(key("%PDF-1.7 not a sheet\0\0".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("import.unreadable");
    }

    @Test
    void aTeamIsReadFromItsRowsAndItsProblemsPointAtTheirRows() {
        String csv = HEADER + ",单位类别\n"
                + "a@b.cn,星火队,项目,难题,成果,张喆,学生,哈工大,zhe@hit.edu.cn,13900000001,是,\n"
                + "x@y.cn,别队,项目,难题,成果,赵昇,学生,清华,s@t.cn,13900000009,是,\n"
                + "A@B.CN,燎原队,,,,李琨,博士后,哈工大,kun@hit.edu.cn,13900000002,也许,\n"
                + "a@b.cn,,,,,王淼,企业专家,华为,miao@huawei.com,13900000003,否,研究所\n";
        List<ImportedTeam> teams = ImportedTeam.group(RegistrationSheet.read(csv.getBytes(StandardCharsets.UTF_8)),
                new ArrayList<>());
        assertThat(teams).extracting(ImportedTeam::contactEmail).containsExactly("a@b.cn", "x@y.cn");
        ImportedTeam team = teams.get(0);
        assertThat(team.rows()).extracting(RegistrationSheet.Row::number).containsExactly(2, 4, 5);
        assertThat(team.problems()).extracting(p -> p.row() + " " + p.violation().field() + " " + p.violation().key())
                .containsExactly("4 teamName import.teamField.differs", "4 members[1].kind import.kind.unknown",
                        "4 members[1].presenter import.presenter.unknown",
                        "5 members[2].organization import.organizationKind.unknown");
        assertThat(team.form().organizations()).extracting(o -> o.name() + "/" + o.kind())
                .containsExactly("哈工大/UNIVERSITY");
        assertThat(team.problemsOf(List.of(new Violation("members[2].mobile", "validation.mobile"),
                new Violation("organizations[0].creditCode", "registration.creditCode.invalid"),
                new Violation("members", "registration.members.needs.TEACHER"))))
                .extracting(ImportedTeam.Problem::row).containsExactly(5, 2, 2);
        assertThat(teams.get(1).problems()).isEmpty();
        assertThat(teams.get(1).form().organizations().get(0).kind()).isEqualTo(OrganizationKind.UNIVERSITY);
    }

    @Test
    void aRowWithoutAContactIsAProblemOfItsOwn() {
        String csv = HEADER + "\n,星火队,项目,难题,成果,张喆,学生,哈工大,zhe@hit.edu.cn,13900000001,是\n";
        List<ImportedTeam.Problem> orphans = new ArrayList<>();
        assertThat(ImportedTeam.group(RegistrationSheet.read(csv.getBytes(StandardCharsets.UTF_8)), orphans)).isEmpty();
        assertThat(orphans).extracting(p -> p.row() + " " + p.violation().field() + " " + p.violation().key())
                .containsExactly("2 contactEmail validation.required");
    }

    private static String key(byte[] content) {
        try {
            RegistrationSheet.read(content);
            return "read";
        } catch (InvalidInputException e) {
            return e.violations().get(0).key();
        }
    }
}
