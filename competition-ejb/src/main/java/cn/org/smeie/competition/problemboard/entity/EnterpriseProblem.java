package cn.org.smeie.competition.problemboard.entity;

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
 * A hard technical problem an enterprise posts on the board (揭榜) for a track. The committee moderates
 * it before it is public; teams then register against it. The enterprise follows it with the code of
 * the link mailed to its contact (only the code's hash is stored).
 */
@Entity
@Table(name = "enterprise_problem")
@NamedQuery(name = EnterpriseProblem.OF_EDITION, query = "select p from EnterpriseProblem p join fetch p.track"
        + " where p.editionId = :edition order by p.track.code, p.id")
@NamedQuery(name = EnterpriseProblem.OF_TRACK, query = "select p from EnterpriseProblem p join fetch p.track"
        + " where p.track.id = :track order by p.id")
@NamedQuery(name = EnterpriseProblem.COUNT_PENDING_OF_CONTACT, query = "select count(p) from EnterpriseProblem p"
        + " where p.contactEmail = :email and p.status = :pending")
@NamedQuery(name = EnterpriseProblem.BY_CODE, query = "select p from EnterpriseProblem p join fetch p.track"
        + " where p.manageCodeHash = :hash")
public class EnterpriseProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "EnterpriseProblem.ofEdition";
    public static final String OF_TRACK = "EnterpriseProblem.ofTrack";
    public static final String BY_CODE = "EnterpriseProblem.byCode";
    public static final String COUNT_PENDING_OF_CONTACT = "EnterpriseProblem.countPendingOfContact";

    @Id
    @SequenceGenerator(name = "enterprise_problem_seq", sequenceName = "enterprise_problem_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_problem_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private Long editionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id", nullable = false, updatable = false)
    private Track track;

    @Column(nullable = false, length = 200, updatable = false)
    private String enterprise;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, length = 100, updatable = false)
    private String field;

    @Column(nullable = false, length = 4000, updatable = false)
    private String description;

    @Column(name = "expected_result", nullable = false, length = 2000, updatable = false)
    private String expectedResult;

    @Column(name = "contact_name", nullable = false, length = 50, updatable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 200, updatable = false)
    private String contactEmail;

    @Column(name = "contact_mobile", nullable = false, length = 20, updatable = false)
    private String contactMobile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProblemStatus status = ProblemStatus.PENDING;

    @Column(name = "moderation_note", length = 1000)
    private String moderationNote;

    @Column(name = "moderated_by", length = 100)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private OffsetDateTime moderatedAt;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private OffsetDateTime postedAt;

    @Column(name = "manage_code_hash", nullable = false, length = 64, updatable = false)
    private String manageCodeHash;

    @Version
    private int version;

    protected EnterpriseProblem() {
    }

    public EnterpriseProblem(Track track, ProblemForm form, String manageCodeHash, OffsetDateTime now) {
        this.track = Objects.requireNonNull(track);
        this.editionId = track.getEdition().getId();
        this.enterprise = form.enterprise();
        this.title = form.title();
        this.field = form.field();
        this.description = form.description();
        this.expectedResult = form.expectedResult();
        this.contactName = form.contactName();
        this.contactEmail = form.contactEmail();
        this.contactMobile = form.contactMobile();
        this.manageCodeHash = Objects.requireNonNull(manageCodeHash);
        this.postedAt = now;
    }

    /** The committee's decision: published, or rejected with a note; a published problem may be taken down later. */
    public void moderate(boolean publish, String note, String by, OffsetDateTime now) {
        ProblemStatus next = publish ? ProblemStatus.PUBLISHED : ProblemStatus.REJECTED;
        if (status == next) {
            throw new ConflictException("problems.moderatedAlready", title);
        }
        status = next;
        moderationNote = note;
        moderatedBy = by;
        moderatedAt = now;
    }

    public boolean isPublished() {
        return status == ProblemStatus.PUBLISHED;
    }

    /** Whether an organization is this problem's enterprise (the same name, apart from surrounding space). */
    public boolean isEnterprise(String organization) {
        return organization != null && organization.strip().equals(enterprise);
    }

    public Long getId() {
        return id;
    }

    public Long getEditionId() {
        return editionId;
    }

    public Track getTrack() {
        return track;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public String getTitle() {
        return title;
    }

    public String getField() {
        return field;
    }

    public String getDescription() {
        return description;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactMobile() {
        return contactMobile;
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public String getModerationNote() {
        return moderationNote;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public OffsetDateTime getModeratedAt() {
        return moderatedAt;
    }

    public OffsetDateTime getPostedAt() {
        return postedAt;
    }

    public int getVersion() {
        return version;
    }
}
