package cn.org.smeie.competition.registration.entity;

import cn.org.smeie.competition.organization.entity.OrganizationKind;

/** Who a team member is, on the "university teachers and students + enterprise experts" model (高校师生+企业专家). */
public enum MemberKind {
    /** 学生: the only members who may present at the defense (答辩人员). */
    STUDENT(OrganizationKind.UNIVERSITY),
    /** 教师 */
    TEACHER(OrganizationKind.UNIVERSITY),
    /** 企业专家: poses the enterprise's hard technical problem. */
    ENTERPRISE_EXPERT(OrganizationKind.ENTERPRISE);

    private final OrganizationKind organizationKind;

    MemberKind(OrganizationKind organizationKind) {
        this.organizationKind = organizationKind;
    }

    /** The kind of organization a member of this kind belongs to. */
    public OrganizationKind organizationKind() {
        return organizationKind;
    }
}
