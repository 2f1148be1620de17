package cn.org.smeie.competition.account.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.control.Passwords;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.AccountSnapshot;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.persistence.Jpql;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts: the committee creates host and judge accounts bound to tracks, disables and enables
 * them, resets passwords and lists them; a host invites judges to its own tracks and sees those
 * judges; everyone changes their own password. Every change is audited without the password.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class Accounts {

    private static final String AUDIT_TYPE = "Account";

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    Passwords passwords;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    /** Creates an account with a one-time password (committee only). Team contacts sign up themselves. */
    @RolesAllowed(COMMITTEE_ROLE)
    public NewAccount create(AccountDraft draft) {
        scope.caller();
        return createChecked(draft);
    }

    /** A host invites a judge to one of its own tracks (the committee to any track). */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public NewAccount inviteJudge(long trackId, AccountDraft draft) {
        scope.requireTrack(trackId, "inviteJudge");
        AccountDraft judge = new AccountDraft(draft.username(), draft.displayName(), draft.email(), Role.JUDGE,
                Set.of(trackId), Set.of());
        return createChecked(judge);
    }

    @RolesAllowed(COMMITTEE_ROLE)
    public Account disable(long accountId) {
        Account account = manageable(accountId);
        if (account.getUsername().equals(scope.caller().username())) {
            throw new ConflictException("account.cannotDisableSelf");
        }
        AccountSnapshot before = account.snapshot();
        account.disable();
        return audited(account, "DISABLE", before);
    }

    @RolesAllowed(COMMITTEE_ROLE)
    public Account enable(long accountId) {
        Account account = manageable(accountId);
        AccountSnapshot before = account.snapshot();
        account.enable();
        return audited(account, "ENABLE", before);
    }

    /** Replaces the password with a one-time one, returned once; the holder must change it at sign-in. */
    @RolesAllowed(COMMITTEE_ROLE)
    public NewAccount resetPassword(long accountId) {
        Account account = manageable(accountId);
        AccountSnapshot before = account.snapshot();
        String oneTime = passwords.oneTime();
        account.resetPassword(passwords.hash(oneTime), now());
        return new NewAccount(audited(account, "RESET_PASSWORD", before), oneTime);
    }

    /** The holder replaces their password; allowed while a one-time password is still in force. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
    public void changeOwnPassword(String current, String chosen) {
        Account account = scope.find().orElseThrow(AccessDeniedException::new);
        if (!passwords.matches(current == null ? "" : current, account.getPasswordHash())) {
            throw new InvalidInputException(new Violation("currentPassword", "password.currentWrong"));
        }
        Passwords.check(account.getUsername(), chosen, "newPassword");
        if (passwords.matches(chosen, account.getPasswordHash())) {
            throw new InvalidInputException(new Violation("newPassword", "password.unchanged"));
        }
        AccountSnapshot before = account.snapshot();
        account.changePassword(passwords.hash(chosen), now());
        audited(account, "CHANGE_PASSWORD", before);
    }

    /** The signed-in caller's account, if any (for pages: name, role, forced password change). */
    @PermitAll
    public Optional<Account> me() {
        return scope.find();
    }

    /** A page of the accounts the caller may see: the committee all, a host the judges of its tracks. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<Account> list(AccountQuery query, int first, int max) {
        return select(Account.class, "select distinct a", query, " order by a.username")
                // the page's tracks and finals in one query each, not one per row
                .setHint("eclipselink.batch", "a.tracks")
                .setHint("eclipselink.batch", "a.finals")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public long count(AccountQuery query) {
        return select(Long.class, "select count(distinct a)", query, "").getSingleResult();
    }

    private <T> TypedQuery<T> select(Class<T> type, String select, AccountQuery query, String order) {
        Jpql jpql = new Jpql("from Account a left join a.tracks t where 1 = 1");
        scope.visibleTracks().ifPresent(visible -> jpql
                // a host sees the judges of its own tracks, nothing else
                .and("a.role = :judge", "judge", Role.JUDGE)
                .and("t.id in :visible", "visible", visible.isEmpty() ? Set.of(-1L) : visible));
        return jpql.andIfPresent("a.role = :role", "role", query.role())
                .andIfPresent("a.status = :status", "status", query.status())
                .andIfPresent("t.id = :track", "track", query.trackId())
                .andIfPresent("(lower(a.username) like :text or lower(a.displayName) like :text)", "text",
                        Jpql.containing(query.text()))
                .query(em, select, type, order);
    }

    private NewAccount createChecked(AccountDraft draft) {
        List<Violation> more = new ArrayList<>();
        if (draft != null && draft.username() != null && exists(draft.username())) {
            more.add(new Violation("username", "account.username.taken", draft.username()));
        }
        if (draft != null && draft.role() != null) {
            bindingViolation(draft).ifPresent(more::add);
        }
        validator.check(draft, more);
        Set<Track> tracks = new HashSet<>();
        for (long id : draft.trackIds()) {
            tracks.add(Optional.ofNullable(em.find(Track.class, id))
                    .orElseThrow(() -> new NotFoundException("Track", id)));
        }
        Set<Edition> finals = new HashSet<>();
        for (long id : draft.finalsEditionIds()) {
            finals.add(Optional.ofNullable(em.find(Edition.class, id))
                    .orElseThrow(() -> new NotFoundException("Edition", id)));
        }
        String oneTime = passwords.oneTime();
        Account account = new Account(draft.username(), draft.displayName(), draft.email(), draft.role(),
                passwords.hash(oneTime), true, now());
        account.bind(tracks, finals);
        em.persist(account);
        em.flush();
        audit.record("CREATE", AUDIT_TYPE, account.getId(), null, null, account.snapshot());
        return new NewAccount(account, oneTime);
    }

    /** A host runs at least one track; a judge judges a track or a finals; the committee is bound to nothing. */
    private static Optional<Violation> bindingViolation(AccountDraft draft) {
        boolean tracks = !draft.trackIds().isEmpty();
        boolean finals = !draft.finalsEditionIds().isEmpty();
        return switch (draft.role()) {
            case HOST -> tracks && !finals ? Optional.empty()
                    : Optional.of(new Violation("trackIds", "account.host.needsTrack"));
            case JUDGE -> tracks || finals ? Optional.empty()
                    : Optional.of(new Violation("trackIds", "account.judge.needsTrackOrFinals"));
            case COMMITTEE -> !tracks && !finals ? Optional.empty()
                    : Optional.of(new Violation("trackIds", "account.committee.unbound"));
            case TEAM -> Optional.of(new Violation("role", "account.team.signsUp"));
        };
    }

    private boolean exists(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().isPresent();
    }

    private Account manageable(long accountId) {
        scope.caller();
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("Account", accountId);
        }
        return account;
    }

    private Account audited(Account account, String action, AccountSnapshot before) {
        em.flush();
        audit.record(action, AUDIT_TYPE, account.getId(), null, before, account.snapshot());
        return account;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(AuditTrail.ZONE);
    }
}
