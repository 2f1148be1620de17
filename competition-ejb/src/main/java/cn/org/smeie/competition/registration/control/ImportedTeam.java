package cn.org.smeie.competition.registration.control;

import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.registration.control.RegistrationSheet.Row;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.OrganizationForm;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One team of an import: the rows that share a contact e-mail, read into the registration form the
 * console would have sent, and a way back from a refused field of that form to the row that holds
 * it. Pure: no database, the same rows always give the same team.
 *
 * @param contactEmail the team contact's address (the account's user name), lower case
 * @param contactName  the contact's name, or the address when the file gives none
 * @param form         the registration; its organizations are those the members name
 * @param problems     what could not even be read (an unknown kind, a team name that differs between rows)
 */
public record ImportedTeam(String contactEmail, String contactName, List<Row> rows, RegistrationForm form,
                           List<Problem> problems) implements Serializable {

    private static final Pattern ITEM = Pattern.compile("(members|organizations)\\[(\\d+)]\\..*");

    /** A refused row of an import: its number, its team's contact, and why. */
    public record Problem(int row, String contactEmail, Violation violation) implements Serializable {
    }

    /** The file's rows grouped by contact e-mail, in the order teams first appear; rows without one are problems. */
    public static List<ImportedTeam> group(List<Row> rows, List<Problem> orphans) {
        Map<String, List<Row>> teams = new LinkedHashMap<>();
        for (Row row : rows) {
            String contact = row.get(ImportColumn.CONTACT_EMAIL);
            if (contact == null) {
                orphans.add(new Problem(row.number(), "", new Violation("contactEmail", "validation.required")));
            } else {
                teams.computeIfAbsent(contact.toLowerCase(Locale.ROOT), c -> new ArrayList<>()).add(row);
            }
        }
        return teams.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    static ImportedTeam of(String contactEmail, List<Row> rows) {
        List<Problem> problems = new ArrayList<>();
        String teamName = teamField(rows, ImportColumn.TEAM_NAME, "teamName", contactEmail, problems);
        String projectTitle = teamField(rows, ImportColumn.PROJECT_TITLE, "projectTitle", contactEmail, problems);
        String problem = teamField(rows, ImportColumn.PROBLEM_STATEMENT, "problemStatement", contactEmail, problems);
        String result = teamField(rows, ImportColumn.RESULT_SUMMARY, "resultSummary", contactEmail, problems);
        String contactName = teamField(rows, ImportColumn.CONTACT_NAME, "contactName", contactEmail, problems);

        List<MemberForm> members = new ArrayList<>();
        Map<String, OrganizationForm> organizations = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = "members[" + i + "].";
            MemberKind kind = kind(row.get(ImportColumn.MEMBER_KIND));
            if (kind == null && row.get(ImportColumn.MEMBER_KIND) != null) {
                problems.add(new Problem(row.number(), contactEmail, new Violation(at + "kind", "import.kind.unknown")));
            }
            Boolean presenter = yesNo(row.get(ImportColumn.PRESENTER));
            if (presenter == null) {
                problems.add(new Problem(row.number(), contactEmail, new Violation(at + "presenter",
                        "import.presenter.unknown")));
            }
            String organization = row.get(ImportColumn.ORGANIZATION);
            members.add(new MemberForm(row.get(ImportColumn.MEMBER_NAME), kind, organization,
                    row.get(ImportColumn.TITLE), row.get(ImportColumn.MEMBER_EMAIL), row.get(ImportColumn.MEMBER_MOBILE),
                    Boolean.TRUE.equals(presenter)));
            String kindText = row.get(ImportColumn.ORGANIZATION_KIND);
            OrganizationKind organizationKind = kindText == null ? kind == null ? null : kind.organizationKind()
                    : organizationKind(kindText);
            if (kindText != null && organizationKind == null) {
                problems.add(new Problem(row.number(), contactEmail, new Violation(at + "organization",
                        "import.organizationKind.unknown")));
            }
            if (organization != null && organizationKind != null) {
                String creditCode = row.get(ImportColumn.CREDIT_CODE);
                organizations.merge(organization + "/" + organizationKind,
                        new OrganizationForm(organization, organizationKind, creditCode),
                        (first, later) -> first.creditCode() == null ? later : first);
            }
        }
        RegistrationForm form = new RegistrationForm(teamName, projectTitle, problem, result, members,
                List.copyOf(organizations.values()));
        return new ImportedTeam(contactEmail, contactName == null ? contactEmail : contactName, List.copyOf(rows), form,
                List.copyOf(problems));
    }

    /** The refusals of this team's form, each on the row that holds the refused field. */
    public List<Problem> problemsOf(List<Violation> violations) {
        return violations.stream().map(v -> new Problem(rowOf(v.field()), contactEmail, v)).toList();
    }

    private int rowOf(String field) {
        Matcher item = ITEM.matcher(field);
        if (item.matches()) {
            int index = Integer.parseInt(item.group(2));
            if (item.group(1).equals("members") && index < rows.size()) {
                return rows.get(index).number();
            }
            if (item.group(1).equals("organizations") && index < form.organizations().size()) {
                String name = form.organizations().get(index).name();
                return rows.stream().filter(r -> Objects.equals(name, r.get(ImportColumn.ORGANIZATION)))
                        .findFirst().orElse(rows.get(0)).number();
            }
        }
        return rows.get(0).number();
    }

    /** The team's value of a team column: from its first row that gives one; a later row that gives another is a problem. */
    private static String teamField(List<Row> rows, ImportColumn column, String field, String contact,
                                    List<Problem> problems) {
        String value = null;
        for (Row row : rows) {
            String cell = row.get(column);
            if (cell == null) {
                continue;
            }
            if (value == null) {
                value = cell;
            } else if (!value.equals(cell)) {
                problems.add(new Problem(row.number(), contact, new Violation(field, "import.teamField.differs")));
            }
        }
        return value;
    }

    static MemberKind kind(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT).replace(' ', '_')) {
            case "学生", "STUDENT" -> MemberKind.STUDENT;
            case "教师", "老师", "TEACHER" -> MemberKind.TEACHER;
            case "企业专家", "专家", "ENTERPRISE_EXPERT", "EXPERT" -> MemberKind.ENTERPRISE_EXPERT;
            default -> null;
        };
    }

    static OrganizationKind organizationKind(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "高校", "大学", "UNIVERSITY" -> OrganizationKind.UNIVERSITY;
            case "企业", "ENTERPRISE" -> OrganizationKind.ENTERPRISE;
            default -> null;
        };
    }

    /** 是/否, yes/no, y/n, true/false, 1/0; empty is no. Null when it is none of these. */
    static Boolean yesNo(String text) {
        if (text == null) {
            return false;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "是", "YES", "Y", "TRUE", "1", "√" -> true;
            case "否", "NO", "N", "FALSE", "0" -> false;
            default -> null;
        };
    }
}
