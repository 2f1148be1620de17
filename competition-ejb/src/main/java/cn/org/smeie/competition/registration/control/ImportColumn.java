package cn.org.smeie.competition.registration.control;

import java.util.Locale;

/**
 * The columns of a registration import, one row per team member. The rows of one team share its
 * contact's e-mail; the team's own columns may be left empty after its first row. A header cell
 * names its column by the Chinese label, the key, or both (the template writes "联系人邮箱 contact_email").
 */
public enum ImportColumn {
    CONTACT_EMAIL("contact_email", "联系人邮箱", true),
    CONTACT_NAME("contact_name", "联系人姓名", false),
    TEAM_NAME("team_name", "团队名称", true),
    PROJECT_TITLE("project_title", "项目名称", true),
    PROBLEM_STATEMENT("problem_statement", "企业面临的难点技术问题", true),
    RESULT_SUMMARY("result_summary", "成果简介", true),
    MEMBER_NAME("member_name", "成员姓名", true),
    MEMBER_KIND("member_kind", "成员类别", true),
    ORGANIZATION("organization", "所在单位", true),
    ORGANIZATION_KIND("organization_kind", "单位类别", false),
    CREDIT_CODE("credit_code", "统一社会信用代码", false),
    TITLE("title", "职称/专业/年级", false),
    MEMBER_EMAIL("member_email", "成员邮箱", true),
    MEMBER_MOBILE("member_mobile", "成员手机", true),
    PRESENTER("presenter", "答辩人员", false);

    private final String key;
    private final String label;
    private final boolean required;

    ImportColumn(String key, String label, boolean required) {
        this.key = key;
        this.label = label;
        this.required = required;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** The header the template writes. */
    public String header() {
        return label + " " + key;
    }

    /** Whether a header cell names this column: its key as a word, or its label. */
    boolean isNamedBy(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        return h.equals(label) || h.startsWith(label + " ") || h.matches("(.*[^a-z_])?" + key + "([^a-z_].*)?");
    }
}
