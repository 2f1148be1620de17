package cn.org.smeie.competition.track.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A track's state at one moment, as the audit trail keeps it before and after a change. */
public record TrackSnapshot(TrackStatus status, TrackDetails details, LocalDateTime registrationDeadline)
        implements Serializable {
}
