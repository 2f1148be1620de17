package cn.org.smeie.competition.track.entity;

import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A track (专项赛) of one edition: a field of technology run by a host organization (承办单位),
 * with its own competition before the edition's deadline. Its first prizes advance to the
 * national finals. A track is never deleted once named: the committee retires it.
 */
@Entity
@NamedQuery(name = Track.OF_EDITION,
        query = "select t from Track t join fetch t.hostOrganization where t.edition.id = :edition order by t.code")
@NamedQuery(name = Track.BY_CODE,
        query = "select t from Track t where t.edition.id = :edition and t.code = :code")
public class Track implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "Track.ofEdition";
    public static final String BY_CODE = "Track.byCode";

    @Id
    @SequenceGenerator(name = "track_seq", sequenceName = "track_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "track_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false, updatable = false)
    private Edition edition;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "field_zh", nullable = false, length = 100)
    private String fieldZh;

    @Column(name = "field_en", nullable = false, length = 100)
    private String fieldEn;

    @Column(name = "focus_zh", nullable = false, length = 1000)
    private String focusZh;

    @Column(name = "abilities_zh", nullable = false, length = 1000)
    private String abilitiesZh;

    @Column(name = "objective_zh", nullable = false, length = 1000)
    private String objectiveZh;

    @ManyToOne(optional = false)
    @JoinColumn(name = "host_organization_id", nullable = false)
    private Organization hostOrganization;

    @Column(name = "contact_name", nullable = false, length = 50)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

    @Column(name = "competition_date")
    private LocalDate competitionDate;

    /** A later registration deadline for this track alone (local time of the edition); null: the edition's. */
    @Column(name = "registration_deadline")
    private LocalDateTime registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrackStatus status = TrackStatus.ACTIVE;

    @Version
    private int version;

    protected Track() {
    }

    /** A new active track; the caller has checked the details (see {@code TrackCatalog}). */
    public Track(Edition edition, TrackDetails details, Organization host) {
        this.edition = Objects.requireNonNull(edition);
        describe(details, host);
    }

    /** Replaces what the committee says of the track. */
    public final void describe(TrackDetails details, Organization host) {
        this.code = details.code();
        this.fieldZh = details.fieldZh();
        this.fieldEn = details.fieldEn();
        this.focusZh = details.focusZh();
        this.abilitiesZh = details.abilitiesZh();
        this.objectiveZh = details.objectiveZh();
        this.hostOrganization = Objects.requireNonNull(host);
        this.contactName = details.contactName();
        this.contactPhone = details.contactPhone();
        this.competitionDate = details.competitionDate();
    }

    /** Moves the track's competition to another day (or to "not yet announced" with null). */
    public void reschedule(LocalDate day) {
        this.competitionDate = day;
    }

    /**
     * Extends this track's registration past the edition's deadline; null goes back to the edition's. Registration
     * must close before the track's competition day, when one is set.
     */
    public void extendRegistration(LocalDateTime until) {
        if (until != null && !until.isAfter(edition.getRegistrationDeadline())) {
            throw new InvalidInputException(new Violation("registrationDeadline", "track.extension.notLater",
                    edition.getRegistrationDeadline().toString().replace('T', ' ')));
        }
        if (until != null && competitionDate != null && !competitionDate.isAfter(until.toLocalDate())) {
            throw new InvalidInputException(new Violation("registrationDeadline", "track.extension.afterCompetition",
                    competitionDate.toString()));
        }
        this.registrationDeadline = until;
    }

    /**
     * The refusal of a competition day for this track, if it is one: the edition's calendar, and after this track's
     * own registration has closed (its extension, when it has one).
     */
    public Optional<Violation> violationOfCompetitionDay(LocalDate day) {
        Optional<Violation> outside = edition.violationOfTrackDay(day);
        if (day == null || outside.isPresent()) {
            return outside;
        }
        if (registrationDeadline != null && !day.isAfter(registrationDeadline.toLocalDate())) {
            return Optional.of(new Violation("competitionDate", "track.date.beforeRegistrationCloses",
                    registrationDeadline.toString().replace('T', ' ')));
        }
        return Optional.empty();
    }

    /** Where this track's registration stands at an instant: open, closing within a week, or closed. */
    public RegistrationWindow registrationWindowAt(Instant now) {
        return RegistrationWindow.at(registrationClosesAt(), now);
    }

    /** The deadline in force for this track: its extension, or the edition's. */
    public LocalDateTime effectiveRegistrationDeadline() {
        return registrationDeadline != null ? registrationDeadline : edition.getRegistrationDeadline();
    }

    /** The instant this track stops taking registrations (end of the deadline's last second). */
    public Instant registrationClosesAt() {
        return edition.closingOf(effectiveRegistrationDeadline());
    }

    public void retire() {
        if (status == TrackStatus.RETIRED) {
            throw new ConflictException("track.alreadyRetired", code);
        }
        status = TrackStatus.RETIRED;
    }

    public void reinstate() {
        if (status == TrackStatus.ACTIVE) {
            throw new ConflictException("track.notRetired", code);
        }
        status = TrackStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == TrackStatus.ACTIVE;
    }

    /** The details as they stand, for an editor or an audit record. */
    public TrackDetails details() {
        return new TrackDetails(code, fieldZh, fieldEn, focusZh, abilitiesZh, objectiveZh,
                hostOrganization.getName(), contactName, contactPhone, competitionDate);
    }

    public TrackSnapshot snapshot() {
        return new TrackSnapshot(status, details(), registrationDeadline);
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getCode() {
        return code;
    }

    public String getFieldZh() {
        return fieldZh;
    }

    public String getFieldEn() {
        return fieldEn;
    }

    public String getFocusZh() {
        return focusZh;
    }

    public String getAbilitiesZh() {
        return abilitiesZh;
    }

    public String getObjectiveZh() {
        return objectiveZh;
    }

    public Organization getHostOrganization() {
        return hostOrganization;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public LocalDate getCompetitionDate() {
        return competitionDate;
    }

    public LocalDateTime getRegistrationDeadline() {
        return registrationDeadline;
    }

    public TrackStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }
}
