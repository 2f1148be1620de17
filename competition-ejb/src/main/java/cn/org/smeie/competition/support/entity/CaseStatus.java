package cn.org.smeie.competition.support.entity;

/** REQUESTED by the team, ASSIGNED to one or more experts, CLOSED with an outcome. */
public enum CaseStatus {
    REQUESTED,
    ASSIGNED,
    CLOSED
}
