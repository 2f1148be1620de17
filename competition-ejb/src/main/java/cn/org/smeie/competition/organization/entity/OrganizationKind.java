package cn.org.smeie.competition.organization.entity;

/** What an organization is to the competition. */
public enum OrganizationKind {
    /** 高校: the university side of a team. */
    UNIVERSITY,
    /** 企业: the enterprise side of a team, which poses the technical problem. */
    ENTERPRISE,
    /** 专项赛承办单位: runs one or more tracks. */
    HOST,
    /** 主办单位: organizes an edition. */
    ORGANIZER
}
