package cn.org.smeie.competition.registration.entity;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.QueryHint;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team's registration (报名) for one track: what the team says of itself and its project, its
 * members and organizations, and where it stands. The team edits it while it is a draft or
 * returned, before the deadline; the host of the track (or the committee) decides on it once it is
 * submitted. The transitions are here; who may make them, and when, the {@code Registrations}
 * boundary decides.
 */
@Entity
@NamedQuery(name = Registration.OF_CONTACT, query = "select r from Registration r join fetch r.track"
        + " where r.contact.id = :contact order by r.id")
// The checks of a registration read a few index entries, never the whole track (bench/load, registration rush):
// the contact's registrations by contact alone; the people by e-mail and by mobile apart, each on its own unique
// index, (e-mail, track) or (mobile, track) (migration V16), and with its values in the SQL rather than bound, so
// that PostgreSQL plans each call for the table as it is then: a plan made once for a table still empty and kept
// by the connection (the generic plan of a prepared statement) read every member of the track, on whatever index
// led with the track, or all of them when none did.
@NamedQuery(name = Registration.TRACKS_OF_CONTACT, query = "select r.track.id from Registration r"
        + " where r.contact.id = :contact")
@NamedQuery(name = Registration.EMAILS_TAKEN, query = "select m.email from Member m"
        + " where m.trackId = :track and m.email in :values and m.registration.id <> :self",
        hints = @QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "false"))
@NamedQuery(name = Registration.MOBILES_TAKEN, query = "select m.mobile from Member m"
        + " where m.trackId = :track and m.mobile in :values and m.registration.id <> :self",
        hints = @QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "false"))
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_CONTACT = "Registration.ofContact";
    public static final String EMAILS_TAKEN = "Registration.emailsTaken";
    public static final String MOBILES_TAKEN = "Registration.mobilesTaken";
    public static final String TRACKS_OF_CONTACT = "Registration.tracksOfContact";

    @Id
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id", nullable = false, updatable = false)
    private Track track;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_account_id", nullable = false, updatable = false)
    private Account contact;

    @Column(name = "team_name", nullable = false, length = 100)
    private String teamName;

    @Column(name = "project_title", nullable = false, length = 200)
    private String projectTitle;

    @Column(name = "problem_statement", nullable = false, length = 4000)
    private String problemStatement;

    @Column(name = "result_summary", nullable = false, length = 4000)
    private String resultSummary;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Member> members = new ArrayList<>();

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TeamOrganization> organizations = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.DRAFT;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private int version;

    protected Registration() {
    }

    public Registration(Track track, Account contact, OffsetDateTime now) {
        this.track = Objects.requireNonNull(track);
        this.contact = Objects.requireNonNull(contact);
        this.createdAt = now;
    }

    /** Removes members and organizations; flush before {@link #describe} so that no person is in the track twice. */
    public void clearPeople() {
        requireEditable();
        members.clear();
        organizations.clear();
    }

    /** Sets what the form says. */
    public void describe(RegistrationForm form) {
        requireEditable();
        teamName = form.teamName();
        projectTitle = form.projectTitle();
        problemStatement = form.problemStatement();
        resultSummary = form.resultSummary();
        members.clear();
        organizations.clear();
        for (int i = 0; i < form.members().size(); i++) {
            members.add(new Member(this, i, form.members().get(i)));
        }
        for (int i = 0; i < form.organizations().size(); i++) {
            organizations.add(new TeamOrganization(this, i, form.organizations().get(i)));
        }
    }

    public void submit(OffsetDateTime now) {
        requireEditable();
        status = RegistrationStatus.SUBMITTED;
        statusReason = null;
        submittedAt = now;
    }

    public void approve(OffsetDateTime now) {
        decide(RegistrationStatus.APPROVED, null, now);
    }

    /** Back to the team with a reason; it may change and submit again until the deadline. */
    public void returnToTeam(String reason, OffsetDateTime now) {
        decide(RegistrationStatus.RETURNED, reason, now);
    }

    public void reject(String reason, OffsetDateTime now) {
        decide(RegistrationStatus.REJECTED, reason, now);
    }

    private void decide(RegistrationStatus decision, String reason, OffsetDateTime now) {
        if (!status.awaitsDecision()) {
            throw new ConflictException("registration.notSubmitted", status.name());
        }
        status = decision;
        statusReason = reason;
        decidedAt = now;
    }

    private void requireEditable() {
        if (!status.editableByTeam()) {
            throw new ConflictException("registration.notEditable", status.name());
        }
    }

    /** The registration as its form, for an editor or the audit trail. */
    public RegistrationForm form() {
        return new RegistrationForm(teamName, projectTitle, problemStatement, resultSummary,
                members.stream().map(Member::form).toList(), organizations.stream().map(TeamOrganization::form).toList());
    }

    public RegistrationSnapshot snapshot() {
        return new RegistrationSnapshot(track.getCode(), status, statusReason, form());
    }

    public Long getId() {
        return id;
    }

    public Track getTrack() {
        return track;
    }

    public Account getContact() {
        return contact;
    }

    public String getTeamName() {
        return teamName;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public List<Member> getMembers() {
        return List.copyOf(members);
    }

    public List<TeamOrganization> getOrganizations() {
        return List.copyOf(organizations);
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public int getVersion() {
        return version;
    }
}
