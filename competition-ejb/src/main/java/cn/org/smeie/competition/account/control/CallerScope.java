package cn.org.smeie.competition.account.control;

import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.AccountStatus;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.DenialRecorder;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, and what they may reach. Every boundary method that touches something of a
 * track asks here first, before it reads anything: the committee reaches every track, a host or
 * judge only the tracks bound to their account. A refusal is logged and audited (in a transaction
 * of its own, so the caller's rollback does not erase it) and carries nothing of the data.
 *
 * <p>An EJB rather than a CDI bean so that its persistence context resolves in this module even
 * when the batch and web modules call it.</p>
 */
@Stateless
public class CallerScope {

    /** The name the EJB container gives a caller who has not signed in. */
    private static final String ANONYMOUS = "ANONYMOUS";

    @PersistenceContext
    EntityManager em;

    /**
     * The caller as the EJB container knows it. Not Jakarta Security's {@code SecurityContext}: in an EJB,
     * Soteria's answer tries to load another server's classes on every call, and that class loading took a
     * lock every request waited on (bench/load: most worker threads blocked there under the registration rush).
     */
    @Resource
    SessionContext context;

    @Inject
    DenialRecorder denials;

    @Inject
    CallerCache cache;

    @Inject
    BeanManager beans;

    /**
     * The signed-in caller; refuses an anonymous caller, a disabled account and one holding a one-time
     * password. Read once per request (one statement: the account's state and its tracks' ids).
     */
    public Caller caller() {
        String name = callerName();
        Caller caller = name == null ? null
                : CallerCache.active(beans) ? cache.get(name, this::read) : read(name).orElse(null);
        if (caller == null) {
            throw deny("account", null, "not signed in");
        }
        if (!caller.isActive()) {
            throw deny("account", caller.id(), "account disabled");
        }
        if (caller.mustChangePassword()) {
            throw AccessDeniedException.passwordChangeRequired();
        }
        return caller;
    }

    /** The signed-in account as a managed entity, for a change that refers to it; refuses as {@link #caller()}. */
    public Account account() {
        return em.find(Account.class, caller().id());
    }

    /** The signed-in account if there is one, whatever its state, read afresh. */
    public Optional<Account> find() {
        String name = callerName();
        if (name == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
    }

    /** The account of that name with its tracks' ids, in one statement (one row per track, one without). */
    private Optional<Caller> read(String username) {
        List<Object[]> rows = em.createNamedQuery(Account.CALLER, Object[].class)
                .setParameter("username", username)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Set<Long> tracks = rows.stream().map(row -> (Long) row[4]).filter(Objects::nonNull).collect(Collectors.toSet());
        return Optional.of(new Caller((Long) first[0], username, (Role) first[1], (AccountStatus) first[2],
                (Boolean) first[3], tracks));
    }

    public boolean isCommittee() {
        return caller().isCommittee();
    }

    /**
     * Refuses unless the caller may act on the track with this id: the committee always, a host or
     * judge when the track is bound to them. Decided on the id alone, so a track of another host and
     * a track that does not exist are refused alike.
     */
    public void requireTrack(long trackId, String action) {
        if (!caller().reaches(trackId)) {
            throw deny("Track", trackId, action);
        }
    }

    /**
     * Refuses (and audits) unless the caller is the committee: for changes of one track that only the
     * committee makes, so that a host's attempt on any track is on record like its other refusals.
     */
    public void requireCommittee(String entityType, Object entityId, String action) {
        if (!caller().isCommittee()) {
            throw deny(entityType, entityId, action);
        }
    }

    /** The tracks the caller may see, or empty when the caller is the committee (who sees all). */
    public Optional<Set<Long>> visibleTracks() {
        Caller caller = caller();
        return caller.isCommittee() ? Optional.empty() : Optional.of(caller.trackIds());
    }

    /** The signed-in caller's user name, or null for an anonymous caller (the container's "ANONYMOUS"). */
    private String callerName() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || ANONYMOUS.equals(name) ? null : name;
    }

    /** Logs and audits a refusal and returns the exception to throw. */
    public AccessDeniedException deny(String entityType, Object entityId, String action) {
        String name = callerName();
        denials.record(name == null ? "anonymous" : name, entityType, entityId, action);
        return new AccessDeniedException();
    }
}
