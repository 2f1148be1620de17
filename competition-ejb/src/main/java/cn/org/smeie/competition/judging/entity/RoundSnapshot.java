package cn.org.smeie.competition.judging.entity;

import java.io.Serializable;

/** A round as the audit trail keeps it. */
public record RoundSnapshot(RoundKind kind, String track, RoundStatus status, RoundSettings settings)
        implements Serializable {
}
