package cn.org.smeie.competition.edition.entity;

import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.platform.error.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An edition (届) of the competition, such as the first, 2023 (首届, 中小企通〔2023〕49号).
 *
 * <p>Its calendar is kept in the edition's own time zone (Asia/Shanghai): registration closes at
 * {@link #getRegistrationDeadline()} local time, every track competition is held by
 * {@link #getTrackDeadline()}, and the national finals (全国总决赛) take place in
 * {@link #getFinalsMonth()}. Several editions live side by side.</p>
 */
@Entity
@NamedQuery(name = Edition.ALL, query = "select e from Edition e order by e.year desc, e.ordinal desc")
@NamedQuery(name = Edition.COUNT, query = "select count(e) from Edition e")
@NamedQuery(name = Edition.CURRENT, query = "select e from Edition e where e.currentEdition = true")
@NamedQuery(name = Edition.BY_ORDINAL, query = "select e from Edition e where e.ordinal = :ordinal")
public class Edition implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Edition.all";
    public static final String COUNT = "Edition.count";
    public static final String CURRENT = "Edition.current";
    public static final String BY_ORDINAL = "Edition.byOrdinal";

    @Id
    @SequenceGenerator(name = "edition_seq", sequenceName = "edition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "edition_seq")
    private Long id;

    /** 1 for 首届, 2 for 第二届, ... */
    @Column(nullable = false)
    private int ordinal;

    @Column(name = "edition_year", nullable = false)
    private int year;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** 文号 of the notice that announced the edition. */
    @Column(name = "document_number", length = 100)
    private String documentNumber;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** 主办单位, in the order the notice names them. */
    @ManyToMany
    @JoinTable(name = "edition_organizer",
            joinColumns = @JoinColumn(name = "edition_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    private List<Organization> organizers = new ArrayList<>();

    /** Last moment (local time of the edition) at which registrations are accepted. */
    @Column(name = "registration_deadline", nullable = false)
    private LocalDateTime registrationDeadline;

    /** Every track competition is finished by the end of this day. */
    @Column(name = "track_deadline", nullable = false)
    private LocalDate trackDeadline;

    @Column(name = "finals_month", nullable = false, length = 7)
    private YearMonth finalsMonth;

    @Column(name = "time_zone", nullable = false, length = 50)
    private ZoneId timeZone;

    /** Team size the committee allows (default 3–10 members). */
    @Column(name = "min_team_size", nullable = false)
    private int minTeamSize = 3;

    @Column(name = "max_team_size", nullable = false)
    private int maxTeamSize = 10;

    /** The edition the portal and the console open with; one at a time, chosen by the committee. */
    @Column(name = "current_edition", nullable = false)
    private boolean currentEdition;

    /** When the committee made the edition's honours public; null while they are not. */
    @Column(name = "honours_published_at")
    private OffsetDateTime honoursPublishedAt;

    @Version
    private int version;

    protected Edition() {
    }

    public Edition(int ordinal, int year, String nameZh, String nameEn, LocalDateTime registrationDeadline,
                   LocalDate trackDeadline, YearMonth finalsMonth, ZoneId timeZone) {
        this.ordinal = ordinal;
        this.year = year;
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.timeZone = Objects.requireNonNull(timeZone);
        schedule(registrationDeadline, trackDeadline, finalsMonth);
    }

    /** The edition's calendar rule: registration closes before the day of the track deadline, which falls no later than the finals month. */
    public static boolean calendarInOrder(LocalDateTime registrationDeadline, LocalDate trackDeadline,
                                          YearMonth finalsMonth) {
        return registrationDeadline.toLocalDate().isBefore(trackDeadline)
                && !YearMonth.from(trackDeadline).isAfter(finalsMonth);
    }

    /** Sets the calendar; the three dates must follow each other. */
    public final void schedule(LocalDateTime registrationDeadline, LocalDate trackDeadline, YearMonth finalsMonth) {
        if (!calendarInOrder(registrationDeadline, trackDeadline, finalsMonth)) {
            throw new IllegalArgumentException("an edition's calendar runs registration < track competitions <= finals: "
                    + registrationDeadline + ", " + trackDeadline + ", " + finalsMonth);
        }
        this.registrationDeadline = registrationDeadline;
        this.trackDeadline = trackDeadline;
        this.finalsMonth = finalsMonth;
    }

    /** Numbers, names and team size, as the committee gives them; the calendar is {@link #schedule}'s. */
    public void describe(EditionForm form) {
        this.ordinal = form.ordinal();
        this.year = form.year();
        this.nameZh = Objects.requireNonNull(form.nameZh());
        this.nameEn = Objects.requireNonNull(form.nameEn());
        this.minTeamSize = form.minTeamSize();
        this.maxTeamSize = form.maxTeamSize();
        schedule(form.registrationDeadline(), form.trackDeadline(), form.finalsMonth());
    }

    /** The edition as its form, for the editor and the audit trail. */
    public EditionForm form() {
        return new EditionForm(ordinal, year, nameZh, nameEn, registrationDeadline, trackDeadline, finalsMonth,
                minTeamSize, maxTeamSize);
    }

    /** Makes the honours public from {@code at}, or (null) takes them back. */
    public void honoursPublished(OffsetDateTime at) {
        this.honoursPublishedAt = at;
    }

    public void current(boolean current) {
        this.currentEdition = current;
    }

    public void announce(String documentNumber, LocalDate publishedOn, List<Organization> organizers) {
        this.documentNumber = documentNumber;
        this.publishedOn = publishedOn;
        this.organizers.clear();
        this.organizers.addAll(organizers);
    }

    /**
     * The instant registration closes: the end of the deadline's last second in the edition's time
     * zone (a deadline of 23:59:59 still accepts 23:59:59.999).
     */
    public Instant registrationClosesAt() {
        return closingOf(registrationDeadline);
    }

    /** The end of a deadline's last second, as an instant. */
    public Instant closingOf(LocalDateTime deadline) {
        return deadline.atZone(timeZone).toInstant().plusSeconds(1);
    }

    /**
     * Whether a track competition may be held on this day: after registration has closed and no
     * later than the edition's deadline for track competitions.
     */
    public boolean allowsTrackCompetitionOn(LocalDate day) {
        return day.isAfter(registrationDeadline.toLocalDate()) && !day.isAfter(trackDeadline);
    }

    /** The refusal of a track's competition day outside this edition's calendar, if it is (none for no day). */
    public Optional<Violation> violationOfTrackDay(LocalDate day) {
        if (day == null || allowsTrackCompetitionOn(day)) {
            return Optional.empty();
        }
        return Optional.of(new Violation("competitionDate", "track.date.outsideEdition",
                registrationDeadline.toLocalDate().toString(), trackDeadline.toString()));
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public int getYear() {
        return year;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public List<Organization> getOrganizers() {
        return List.copyOf(organizers);
    }

    public LocalDateTime getRegistrationDeadline() {
        return registrationDeadline;
    }

    public LocalDate getTrackDeadline() {
        return trackDeadline;
    }

    public YearMonth getFinalsMonth() {
        return finalsMonth;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public int getMinTeamSize() {
        return minTeamSize;
    }

    public int getMaxTeamSize() {
        return maxTeamSize;
    }

    public OffsetDateTime getHonoursPublishedAt() {
        return honoursPublishedAt;
    }

    public boolean isCurrent() {
        return currentEdition;
    }

    public int getVersion() {
        return version;
    }
}
