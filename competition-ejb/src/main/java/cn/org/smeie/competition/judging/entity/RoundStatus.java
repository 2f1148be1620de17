package cn.org.smeie.competition.judging.entity;

/** OPEN (being set up) → SCORING (judges score) → CLOSED (no more scores) → PUBLISHED (results public). */
public enum RoundStatus {
    OPEN,
    SCORING,
    CLOSED,
    PUBLISHED
}
