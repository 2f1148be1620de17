package cn.org.smeie.competition.registration.entity;

/**
 * DRAFT → SUBMITTED → APPROVED, RETURNED (with a reason; the team may edit and submit again until
 * the deadline) or REJECTED (with a reason).
 */
public enum RegistrationStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED,
    REJECTED;

    /** Whether the host (or the committee) may approve, return or reject it now: submitted, not yet decided. */
    public boolean awaitsDecision() {
        return this == SUBMITTED;
    }

    /** Whether the team may still change the registration (before the deadline). */
    public boolean editableByTeam() {
        return this == DRAFT || this == RETURNED;
    }
}
