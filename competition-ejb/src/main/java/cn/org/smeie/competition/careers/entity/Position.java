package cn.org.smeie.competition.careers.entity;

import cn.org.smeie.competition.edition.entity.Edition;
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
 * A job or internship that a partner enterprise offers the students of the finals' prize-winning
 * teams (实习就业), recorded by the committee.
 */
@Entity
@Table(name = "career_position")
@NamedQuery(name = Position.OF_EDITION, query = "select p from Position p where p.edition.id = :edition"
        + " order by p.enterprise, p.title, p.id")
public class Position implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "Position.ofEdition";

    @Id
    @SequenceGenerator(name = "career_position_seq", sequenceName = "career_position_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "career_position_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false, updatable = false)
    private Edition edition;

    @Column(nullable = false, length = 200)
    private String enterprise;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PositionKind kind;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false, length = 100)
    private String period;

    @Column(length = 2000)
    private String description;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected Position() {
    }

    public Position(Edition edition, PositionForm form, String createdBy, OffsetDateTime now) {
        this.edition = Objects.requireNonNull(edition);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        describe(form);
    }

    public void describe(PositionForm form) {
        enterprise = form.enterprise();
        title = form.title();
        kind = form.kind();
        city = form.city();
        period = form.period();
        description = form.description();
    }

    public PositionForm form() {
        return new PositionForm(enterprise, title, kind, city, period, description);
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public String getTitle() {
        return title;
    }

    public PositionKind getKind() {
        return kind;
    }

    public String getCity() {
        return city;
    }

    public String getPeriod() {
        return period;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
