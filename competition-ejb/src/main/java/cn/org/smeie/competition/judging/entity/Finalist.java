package cn.org.smeie.competition.judging.entity;

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
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A team of the national finals (全国总决赛): a registration of one of the edition's tracks that
 * reached the FINAL round — advanced by a confirmed first prize of its track, or nominated by the
 * committee — and its place in the order of appearance on stage.
 */
@Entity
@Table(name = "judging_finalist")
@NamedQuery(name = Finalist.OF_ROUND, query = "select f from Finalist f join fetch f.registration"
        + " where f.round.id = :round order by f.position, f.id")
public class Finalist implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ROUND = "Finalist.ofRound";

    /** How a team reached the finals. */
    public enum Source {
        NOMINATED,
        ADVANCED
    }

    @Id
    @SequenceGenerator(name = "judging_finalist_seq", sequenceName = "judging_finalist_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judging_finalist_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Source source;

    @Column(name = "added_by", nullable = false, length = 100, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    protected Finalist() {
    }

    public Finalist(Round round, Registration registration, int position, Source source, String addedBy,
                    OffsetDateTime addedAt) {
        if (round.getKind() != RoundKind.FINAL) {
            throw new IllegalArgumentException("finalists belong to a FINAL round");
        }
        this.round = round;
        this.registration = Objects.requireNonNull(registration);
        this.position = position;
        this.source = Objects.requireNonNull(source);
        this.addedBy = Objects.requireNonNull(addedBy);
        this.addedAt = Objects.requireNonNull(addedAt);
    }

    /** A new place in the order of appearance. */
    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    public Registration getRegistration() {
        return registration;
    }

    public int getPosition() {
        return position;
    }

    public Source getSource() {
        return source;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
