package cn.org.smeie.competition.account.boundary;

import cn.org.smeie.competition.account.control.Passwords;
import cn.org.smeie.competition.account.control.SignInPolicy;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.SignInAttempt;
import cn.org.smeie.competition.audit.control.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a user name and password for the identity store, with the lockout rule: after too many
 * failures for an account or from an address within the window, every attempt is refused until
 * the window has passed. Every attempt is recorded.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    SignInPolicy policy;

    public SignInResult verify(String username, String password, String address) {
        String name = normalize(username);
        String from = address == null || address.isBlank() ? "unknown" : address.strip();
        OffsetDateTime now = OffsetDateTime.now(AuditTrail.ZONE);
        if (isLocked(name, from, now)) {
            record(name, from, now, false);
            LOG.warning(() -> "Sign-in locked out for " + name + " from " + from);
            return SignInResult.refused(SignInResult.Outcome.LOCKED);
        }
        Optional<Account> account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", name).getResultStream().findFirst();
        boolean matches = passwords.matches(password == null ? "" : password,
                account.map(Account::getPasswordHash).orElse(null));
        if (account.isEmpty() || !matches) {
            record(name, from, now, false);
            return SignInResult.refused(SignInResult.Outcome.INVALID);
        }
        if (!account.get().isActive()) {
            record(name, from, now, false);
            return SignInResult.refused(SignInResult.Outcome.DISABLED);
        }
        record(name, from, now, true);
        Account a = account.get();
        return new SignInResult(SignInResult.Outcome.VALID, a.getUsername(), a.getRole(), a.isMustChangePassword());
    }

    /** User names are kept in lower case without surrounding space. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private boolean isLocked(String username, String address, OffsetDateTime now) {
        OffsetDateTime since = now.minus(policy.window());
        long byUser = em.createNamedQuery(SignInAttempt.FAILURES_OF_USER, Long.class)
                .setParameter("username", username).setParameter("since", since).getSingleResult();
        if (byUser >= policy.maxFailuresPerAccount()) {
            return true;
        }
        long byAddress = em.createNamedQuery(SignInAttempt.FAILURES_FROM_ADDRESS, Long.class)
                .setParameter("address", address).setParameter("since", since).getSingleResult();
        return byAddress >= policy.maxFailuresPerAddress();
    }

    private void record(String username, String address, OffsetDateTime now, boolean succeeded) {
        em.persist(new SignInAttempt(username.length() > 64 ? username.substring(0, 64) : username,
                address.length() > 64 ? address.substring(0, 64) : address, now, succeeded));
    }
}
