package cn.org.smeie.competition.account.entity;

import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A person who signs in: the committee, the host organization of one or more tracks, a judge of
 * tracks or finals, a team contact. The password is kept only as a PBKDF2 hash. A HOST acts on the
 * tracks bound to it and on nothing else; a JUDGE on the tracks and finals bound to it.
 */
@Entity
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.CALLER, query = "select a.id, a.role, a.status, a.mustChangePassword, t.id from Account a"
        + " left join a.tracks t where a.username = :username")
@NamedQuery(name = Account.COUNT_BY_ROLE, query = "select count(a) from Account a where a.role = :role")
@NamedQuery(name = Account.BY_EMAIL_TOKEN, query = "select a from Account a where a.emailTokenHash = :hash")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String CALLER = "Account.caller";
    public static final String COUNT_BY_ROLE = "Account.countByRole";
    public static final String BY_EMAIL_TOKEN = "Account.byEmailToken";
    /** The password hash of an account whose holder has not chosen a password yet: no password matches it. */
    public static final String NO_PASSWORD = "-";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    /** When the holder proved the address; accounts the committee creates carry an address it vouches for. */
    @Column(name = "email_confirmed_at")
    private OffsetDateTime emailConfirmedAt;

    /** SHA-256 of the confirmation link's token that was last mailed; the token itself is never stored. */
    @Column(name = "email_token_hash", length = 64)
    private String emailTokenHash;

    @Column(name = "email_token_expires_at")
    private OffsetDateTime emailTokenExpiresAt;

    @ManyToMany
    @JoinTable(name = "account_track",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "track_id"))
    private Set<Track> tracks = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "account_finals",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "edition_id"))
    private Set<Edition> finals = new HashSet<>();

    @Version
    private int version;

    protected Account() {
    }

    /**
     * A new active account.
     *
     * @param oneTime whether the password was chosen by someone else and must be changed at first sign-in
     */
    public Account(String username, String displayName, String email, Role role, String passwordHash,
                   boolean oneTime, OffsetDateTime now) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = oneTime;
        this.createdAt = now;
        this.passwordChangedAt = now;
        this.emailConfirmedAt = now;
    }

    /** The address must be confirmed by the link whose token hashes to {@code tokenHash}, before {@code expiresAt}. */
    public void awaitEmailConfirmation(String tokenHash, OffsetDateTime expiresAt) {
        emailConfirmedAt = null;
        emailTokenHash = Objects.requireNonNull(tokenHash);
        emailTokenExpiresAt = Objects.requireNonNull(expiresAt);
    }

    /** The holder opened the link: confirmed, unless the link has expired. */
    public void confirmEmail(OffsetDateTime now) {
        if (emailTokenExpiresAt == null || !now.isBefore(emailTokenExpiresAt)) {
            throw new ConflictException("account.emailToken.expired");
        }
        emailConfirmedAt = now;
        emailTokenHash = null;
        emailTokenExpiresAt = null;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public OffsetDateTime getEmailTokenExpiresAt() {
        return emailTokenExpiresAt;
    }

    /**
     * A team contact's account that someone else made (a host importing its track's teams): no
     * password yet; the holder chooses one when opening the link mailed to the address.
     */
    public static Account invitedTeamContact(String email, String displayName, OffsetDateTime now) {
        return new Account(email, displayName, email, Role.TEAM, NO_PASSWORD, true, now);
    }

    /** Whether the holder has chosen no password yet (an invited contact before opening the link). */
    public boolean hasNoPassword() {
        return NO_PASSWORD.equals(passwordHash);
    }

    /** Replaces the tracks and finals the account acts on. */
    public void bind(Set<Track> tracks, Set<Edition> finals) {
        this.tracks.clear();
        this.tracks.addAll(tracks);
        this.finals.clear();
        this.finals.addAll(finals);
    }

    /** The holder chose a new password. */
    public void changePassword(String newHash, OffsetDateTime now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    /** Someone else set a one-time password: it must be changed at the next sign-in. */
    public void resetPassword(String oneTimeHash, OffsetDateTime now) {
        this.passwordHash = oneTimeHash;
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
    }

    public void disable() {
        if (status == AccountStatus.DISABLED) {
            throw new ConflictException("account.alreadyDisabled", username);
        }
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        if (status == AccountStatus.ACTIVE) {
            throw new ConflictException("account.alreadyActive", username);
        }
        status = AccountStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** Whether the account is bound to the track (the committee is bound to none: it acts on all). */
    public boolean isBoundTo(Track track) {
        return tracks.stream().anyMatch(t -> t.getId().equals(track.getId()));
    }

    /** Whether the account judges the finals of the edition. */
    public boolean isFinalsJudgeOf(Edition edition) {
        return role == Role.JUDGE && finals.stream().anyMatch(e -> e.getId().equals(edition.getId()));
    }

    public Set<Long> trackIds() {
        return tracks.stream().map(Track::getId).collect(Collectors.toSet());
    }

    /** The codes of the bound tracks, sorted, for lists and the audit trail. */
    public Set<String> trackCodes() {
        return tracks.stream().map(Track::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<Integer> finalsYears() {
        return finals.stream().map(Edition::getYear).collect(Collectors.toCollection(TreeSet::new));
    }

    public AccountSnapshot snapshot() {
        return new AccountSnapshot(username, displayName, email, role, status, mustChangePassword, isEmailConfirmed(),
                trackCodes(), finalsYears());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public int getVersion() {
        return version;
    }
}
