package cn.org.smeie.competition.it;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import cn.org.smeie.competition.account.boundary.AccountDraft;
import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.boundary.NewAccount;
import cn.org.smeie.competition.account.entity.Role;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import java.util.Set;

/**
 * Signs the in-container test in and out through Jakarta Security, as the login page does, so the
 * EJB calls that follow run as that account with its role.
 */
public final class Caller {

    /** The first committee account of the test server, from the environment the server was started with. */
    public static final String COMMITTEE = setting("COMPETITION_ADMIN_USERNAME", "competition.admin.username");
    public static final String COMMITTEE_PASSWORD = setting("COMPETITION_ADMIN_PASSWORD", "competition.admin.password");
    /** The password test accounts choose after their one-time password. */
    public static final String CHOSEN_PASSWORD = "it-Chosen-Pass-7";

    private Caller() {
    }

    private static String setting(String variable, String property) {
        String value = System.getenv(variable);
        return value != null ? value : System.getProperty(property);
    }

    public static AuthenticationStatus signIn(String username, String password) {
        signOut();
        return CDI.current().select(SecurityContext.class).get().authenticate(CurrentExchange.request(),
                CurrentExchange.response(), withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
    }

    /** Signs in and insists that it worked. */
    public static void as(String username, String password) {
        AuthenticationStatus status = signIn(username, password);
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("sign-in of " + username + " gave " + status);
        }
    }

    public static void asCommittee() {
        as(COMMITTEE, COMMITTEE_PASSWORD);
    }

    public static void signOut() {
        try {
            CurrentExchange.request().logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates an account as the committee, signs in with its one-time password, chooses
     * {@link #CHOSEN_PASSWORD} and stays signed in as it.
     */
    public static NewAccount newAccount(String prefix, Role role, Set<Long> trackIds, Set<Long> finals) {
        asCommittee();
        Accounts accounts = CDI.current().select(Accounts.class).get();
        NewAccount created = accounts.create(new AccountDraft(Deployments.uniqueCode(prefix).toLowerCase(),
                "测试 " + prefix, null, role, trackIds, finals));
        String username = created.account().getUsername();
        as(username, created.oneTimePassword());
        accounts.changeOwnPassword(created.oneTimePassword(), CHOSEN_PASSWORD);
        as(username, CHOSEN_PASSWORD);
        return created;
    }
}
