package cn.org.smeie.competition.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A conflict of interest on record: DECLARED (the judge may not score the team, whatever the
 * automatic detection says) or ALLOWED (the committee lets a detected conflict pass, with a reason).
 */
@Entity
@Table(name = "judging_conflict")
@NamedQuery(name = ConflictRecord.OF_REGISTRATIONS, query = "select c from ConflictRecord c"
        + " where c.registrationId in :registrations")
public class ConflictRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_REGISTRATIONS = "ConflictRecord.ofRegistrations";

    /** Which way the record decides. */
    public enum Kind { DECLARED, ALLOWED }

    @Id
    @SequenceGenerator(name = "judging_conflict_seq", sequenceName = "judging_conflict_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judging_conflict_seq")
    private Long id;

    @Column(name = "judge_account_id", nullable = false, updatable = false)
    private Long judgeAccountId;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private Long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected ConflictRecord() {
    }

    public ConflictRecord(long judgeAccountId, long registrationId, Kind kind, String reason, String recordedBy,
                          OffsetDateTime now) {
        this.judgeAccountId = judgeAccountId;
        this.registrationId = registrationId;
        this.kind = Objects.requireNonNull(kind);
        this.reason = Objects.requireNonNull(reason);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getJudgeAccountId() {
        return judgeAccountId;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
