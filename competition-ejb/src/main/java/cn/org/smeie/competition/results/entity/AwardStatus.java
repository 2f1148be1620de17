package cn.org.smeie.competition.results.entity;

/**
 * Where a round's awards stand: NONE (nothing proposed), PROPOSED (from a ranking snapshot and the
 * quotas), REVIEWED (the track's host agrees), CONFIRMED (the committee confirmed and locked them).
 */
public enum AwardStatus {
    NONE,
    PROPOSED,
    REVIEWED,
    CONFIRMED
}
