package cn.org.smeie.competition.careers.entity;

import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.entity.Member;
import cn.org.smeie.competition.registration.entity.Registration;
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
 * A student of a prize-winning finals team recommended to a position, with the student's consent on
 * record, and followed from the recommendation to its end (accepted or declined).
 */
@Entity
@Table(name = "career_recommendation")
@NamedQuery(name = Recommendation.OF_EDITION, query = "select c from Recommendation c join fetch c.position p"
        + " join fetch c.member join fetch c.registration where p.edition.id = :edition order by c.id")
@NamedQuery(name = Recommendation.OF_CONTACT, query = "select c from Recommendation c join fetch c.position"
        + " join fetch c.member join fetch c.registration r where r.contact.id = :contact order by c.id")
@NamedQuery(name = Recommendation.COUNT_OF, query = "select count(c) from Recommendation c"
        + " where c.position.id = :position and c.member.id = :member")
public class Recommendation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "Recommendation.ofEdition";
    public static final String OF_CONTACT = "Recommendation.ofContact";
    public static final String COUNT_OF = "Recommendation.countOf";

    @Id
    @SequenceGenerator(name = "career_recommendation_seq", sequenceName = "career_recommendation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "career_recommendation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false, updatable = false)
    private Position position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecommendationStatus status = RecommendationStatus.RECOMMENDED;

    @Column(nullable = false, length = 500, updatable = false)
    private String consent;

    @Column(name = "recommended_by", nullable = false, length = 100, updatable = false)
    private String recommendedBy;

    @Column(name = "recommended_at", nullable = false, updatable = false)
    private OffsetDateTime recommendedAt;

    @Column(length = 1000)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    protected Recommendation() {
    }

    public Recommendation(Position position, Member member, String consent, String by, OffsetDateTime now) {
        this.position = Objects.requireNonNull(position);
        this.member = Objects.requireNonNull(member);
        this.registration = member.getRegistration();
        this.consent = Objects.requireNonNull(consent);
        this.recommendedBy = Objects.requireNonNull(by);
        this.recommendedAt = now;
        this.updatedAt = now;
    }

    /** Moves the recommendation on; only the steps of {@link RecommendationStatus#next()} are allowed. */
    public void advance(RecommendationStatus next, String note, OffsetDateTime now) {
        if (next == null || !status.next().contains(next)) {
            throw new ConflictException("careers.transition", status.name(), String.valueOf(next));
        }
        status = next;
        this.note = note;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Position getPosition() {
        return position;
    }

    public Member getMember() {
        return member;
    }

    public Registration getRegistration() {
        return registration;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public String getConsent() {
        return consent;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public OffsetDateTime getRecommendedAt() {
        return recommendedAt;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
