package cn.org.smeie.competition.support.entity;

import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A team's request for commercialization support (成果转化支持), assigned by the committee to experts
 * of its register and followed with notes until it is closed with an outcome. A closed case takes
 * nothing more.
 */
@Entity
@Table(name = "support_case")
// the experts and notes of a list's cases in one query each, not one per case
@NamedQuery(name = SupportCase.OF_EDITION, query = "select c from SupportCase c join fetch c.registration r"
        + " join fetch r.track where c.editionId = :edition order by c.id", hints = {
        @QueryHint(name = "eclipselink.batch", value = "c.experts"), @QueryHint(name = "eclipselink.batch", value = "c.notes"),
        @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = SupportCase.OF_CONTACT, query = "select c from SupportCase c join fetch c.registration r"
        + " join fetch r.track where r.contact.id = :contact order by c.id", hints = {
        @QueryHint(name = "eclipselink.batch", value = "c.experts"), @QueryHint(name = "eclipselink.batch", value = "c.notes"),
        @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = SupportCase.OPEN_OF_REGISTRATION, query = "select c from SupportCase c"
        + " where c.registration.id = :registration and c.status <> :closed")
public class SupportCase implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "SupportCase.ofEdition";
    public static final String OF_CONTACT = "SupportCase.ofContact";
    public static final String OPEN_OF_REGISTRATION = "SupportCase.openOfRegistration";

    @Id
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private Long editionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Convert(converter = SupportKindsConverter.class)
    @Column(nullable = false, length = 300, updatable = false)
    private Set<SupportKind> kinds = EnumSet.noneOf(SupportKind.class);

    @Column(nullable = false, length = 2000, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status = CaseStatus.REQUESTED;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(length = 1000)
    private String outcome;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "support_case_expert", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "expert_id"))
    @OrderBy("name")
    private Set<Expert> experts = new LinkedHashSet<>();

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("writtenAt, id")
    private List<SupportNote> notes = new ArrayList<>();

    @Version
    private int version;

    protected SupportCase() {
    }

    public SupportCase(Registration registration, SupportRequest request, String by, OffsetDateTime now) {
        this.registration = Objects.requireNonNull(registration);
        this.editionId = registration.getTrack().getEdition().getId();
        this.kinds = EnumSet.copyOf(request.kinds());
        this.description = request.description();
        this.requestedBy = by;
        this.requestedAt = now;
    }

    /** Assigns an expert (once); the case is then ASSIGNED. */
    public void assign(Expert expert) {
        requireOpen();
        if (!experts.add(expert)) {
            throw new ConflictException("support.expertAssigned", expert.getName());
        }
        status = CaseStatus.ASSIGNED;
    }

    public SupportNote note(String text, String by, OffsetDateTime now) {
        requireOpen();
        SupportNote note = new SupportNote(this, text, by, now);
        notes.add(note);
        return note;
    }

    /** Closes the case with its outcome; a case that never had an expert is closed as well (e.g. withdrawn). */
    public void close(String outcome, OffsetDateTime now) {
        requireOpen();
        this.outcome = outcome;
        this.closedAt = now;
        status = CaseStatus.CLOSED;
    }

    private void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new ConflictException("support.closed", id);
        }
    }

    public boolean overlaps(Set<SupportKind> other) {
        return other.stream().anyMatch(kinds::contains);
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

    public Set<SupportKind> getKinds() {
        return EnumSet.copyOf(kinds);
    }

    /** The kinds as a list, for pages. */
    public List<SupportKind> getKindList() {
        return List.copyOf(EnumSet.copyOf(kinds));
    }

    public String getDescription() {
        return description;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public List<Expert> getExperts() {
        return List.copyOf(experts);
    }

    public List<SupportNote> getNotes() {
        return List.copyOf(notes);
    }

    public int getVersion() {
        return version;
    }
}
