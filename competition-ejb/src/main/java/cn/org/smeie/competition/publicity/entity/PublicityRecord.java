package cn.org.smeie.competition.publicity.entity;

import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A report of the media on a first prize of the national finals; public once the committee shows it. */
@Entity
@Table(name = "publicity_record")
@NamedQuery(name = PublicityRecord.OF_EDITION, query = "select p from PublicityRecord p join fetch p.registration"
        + " where p.editionId = :edition order by p.publishedOn desc, p.id")
public class PublicityRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "PublicityRecord.ofEdition";

    @Id
    @SequenceGenerator(name = "publicity_record_seq", sequenceName = "publicity_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publicity_record_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private Long editionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(nullable = false, length = 200, updatable = false)
    private String outlet;

    @Column(nullable = false, length = 300, updatable = false)
    private String title;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(length = 500, updatable = false)
    private String link;

    @Column(nullable = false)
    private boolean shown;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected PublicityRecord() {
    }

    public PublicityRecord(long editionId, Registration registration, PublicityForm form, String by,
                           OffsetDateTime now) {
        this.editionId = editionId;
        this.registration = Objects.requireNonNull(registration);
        this.outlet = form.outlet();
        this.title = form.title();
        this.publishedOn = form.publishedOn();
        this.link = form.link();
        this.createdBy = by;
        this.createdAt = now;
    }

    public void show(boolean shown) {
        this.shown = shown;
    }

    public Long getId() {
        return id;
    }

    public Long getEditionId() {
        return editionId;
    }

    public Registration getRegistration() {
        return registration;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getLink() {
        return link;
    }

    public boolean isShown() {
        return shown;
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
