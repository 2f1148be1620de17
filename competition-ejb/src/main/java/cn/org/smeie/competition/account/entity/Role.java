package cn.org.smeie.competition.account.entity;

/**
 * What an account may do. The names are the security roles of the application (and the groups
 * the identity store gives a signed-in caller).
 */
public enum Role {
    /** 大赛组委会: everything. */
    COMMITTEE,
    /** 专项赛承办单位: its own tracks only. */
    HOST,
    /** 评委: the teams assigned to them, on their tracks or finals. */
    JUDGE,
    /** 参赛团队联系人: their own team. */
    TEAM;

    public static final String COMMITTEE_ROLE = "COMMITTEE";
    public static final String HOST_ROLE = "HOST";
    public static final String JUDGE_ROLE = "JUDGE";
    public static final String TEAM_ROLE = "TEAM";
}
