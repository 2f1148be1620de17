package cn.org.smeie.competition.publicity.entity;

import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An exhibition (展示活动) of first prizes of the national finals; public once the committee shows it. */
@Entity
@Table(name = "exhibition")
// the projects of a list's exhibitions in one query, not one per exhibition
@NamedQuery(name = Exhibition.OF_EDITION, query = "select e from Exhibition e where e.editionId = :edition"
        + " order by e.heldOn, e.id", hints = {@QueryHint(name = "eclipselink.batch", value = "e.projects"),
        @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class Exhibition implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "Exhibition.ofEdition";

    @Id
    @SequenceGenerator(name = "exhibition_seq", sequenceName = "exhibition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exhibition_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private Long editionId;

    @Column(nullable = false, length = 200, updatable = false)
    private String event;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200, updatable = false)
    private String place;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "exhibition_project", joinColumns = @JoinColumn(name = "exhibition_id"),
            inverseJoinColumns = @JoinColumn(name = "registration_id"))
    @OrderBy("teamName")
    private Set<Registration> projects = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean shown;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected Exhibition() {
    }

    public Exhibition(long editionId, ExhibitionForm form, List<Registration> projects, String by, OffsetDateTime now) {
        this.editionId = editionId;
        this.event = form.event();
        this.heldOn = form.heldOn();
        this.place = form.place();
        this.projects.addAll(projects);
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

    public String getEvent() {
        return event;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public List<Registration> getProjects() {
        return List.copyOf(projects);
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
