package cn.org.smeie.competition.account.boundary;

import cn.org.smeie.competition.account.control.Passwords;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.platform.database.FirstStartLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first committee account, made on a start that finds none. Its user name is
 * {@code competition.admin.username} (default {@code committee}); its password is
 * {@code competition.admin.password} when configured (environment {@code COMPETITION_ADMIN_PASSWORD}),
 * else a random one-time password written once to the server log, to be changed at first sign-in.
 * No password is written in the code or the documentation.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FirstCommitteeAccount {

    /** Marks the log line that carries a one-time password, so the run command can show it. */
    public static final String LOG_MARK = "FIRST-COMMITTEE-ACCOUNT";

    private static final Logger LOG = Logger.getLogger(FirstCommitteeAccount.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "competition.admin.username", defaultValue = "committee")
    String username;

    @Inject
    @ConfigProperty(name = "competition.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void createWhenNone() {
        FirstStartLock.hold(em); // instances of a deployment group start at once: one does this, the others wait
        long committee = em.createNamedQuery(Account.COUNT_BY_ROLE, Long.class)
                .setParameter("role", Role.COMMITTEE).getSingleResult();
        if (committee > 0) {
            return;
        }
        String name = SignIn.normalize(username);
        boolean oneTime = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = oneTime ? passwords.oneTime() : configuredPassword.get();
        if (!oneTime) {
            Passwords.check(name, password, "competition.admin.password");
        }
        Account account = new Account(name, "大赛组委会 Organizing committee", null, Role.COMMITTEE,
                passwords.hash(password), oneTime, OffsetDateTime.now(AuditTrail.ZONE));
        em.persist(account);
        em.flush();
        audit.recordAs(AuditTrail.SYSTEM, "CREATE", "Account", account.getId(), null, null, account.snapshot());
        if (oneTime) {
            LOG.warning(() -> LOG_MARK + " user name: " + name + " one-time password: " + password
                    + " (shown once; it must be changed at first sign-in)");
        } else {
            LOG.info(() -> "First committee account " + name + " created with the configured password");
        }
    }
}
