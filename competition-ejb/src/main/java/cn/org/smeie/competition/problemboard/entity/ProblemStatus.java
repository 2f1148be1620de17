package cn.org.smeie.competition.problemboard.entity;

/** PENDING until the committee moderates it; then PUBLISHED on the board, or REJECTED with a reason. */
public enum ProblemStatus {
    PENDING,
    PUBLISHED,
    REJECTED
}
