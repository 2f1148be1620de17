package cn.org.smeie.competition.results.entity;

import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An honour of a track or of the finals: an outstanding organizing unit (优秀组织单位) or an outstanding
 * member of staff (优秀工作者), nominated by the track's host or the committee with a citation, and
 * approved or rejected by the committee.
 */
@Entity
@Table(name = "honor")
@NamedQuery(name = Honor.OF_EDITION, query = "select h from Honor h left join fetch h.track"
        + " where h.edition.id = :edition order by h.kind, h.id")
public class Honor implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "Honor.ofEdition";

    /** An organization, or a person (with the organization they work for). */
    public enum Kind {
        ORGANIZING_UNIT,
        STAFF
    }

    public enum Status {
        NOMINATED,
        APPROVED,
        REJECTED
    }

    @Id
    @SequenceGenerator(name = "honor_seq", sequenceName = "honor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "honor_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false, updatable = false)
    private Edition edition;

    /** The track; null for an honour of the finals. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id", updatable = false)
    private Track track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String organization;

    @Column(nullable = false, length = 1000)
    private String citation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.NOMINATED;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "nominated_by", nullable = false, length = 100, updatable = false)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false, updatable = false)
    private OffsetDateTime nominatedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private int version;

    protected Honor() {
    }

    public Honor(Edition edition, Track track, Kind kind, String name, String organization, String citation,
                 String nominatedBy, OffsetDateTime now) {
        this.edition = Objects.requireNonNull(edition);
        this.track = track;
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.organization = organization;
        this.citation = Objects.requireNonNull(citation);
        this.nominatedBy = Objects.requireNonNull(nominatedBy);
        this.nominatedAt = now;
    }

    /** The committee's decision, once. */
    public void decide(boolean approve, String note, String by, OffsetDateTime now) {
        if (status != Status.NOMINATED) {
            throw new ConflictException("results.honor.decided", status.name());
        }
        status = approve ? Status.APPROVED : Status.REJECTED;
        decisionNote = note;
        decidedBy = by;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public Track getTrack() {
        return track;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getOrganization() {
        return organization;
    }

    public String getCitation() {
        return citation;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public OffsetDateTime getNominatedAt() {
        return nominatedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public int getVersion() {
        return version;
    }
}
