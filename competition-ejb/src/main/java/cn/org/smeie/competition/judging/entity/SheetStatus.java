package cn.org.smeie.competition.judging.entity;

/** ASSIGNED (nothing scored yet) → DRAFT (saved) → SUBMITTED (read-only unless reopened). */
public enum SheetStatus {
    ASSIGNED,
    DRAFT,
    SUBMITTED
}
