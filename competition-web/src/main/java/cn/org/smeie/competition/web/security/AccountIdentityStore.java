package cn.org.smeie.competition.web.security;

import cn.org.smeie.competition.account.boundary.SignIn;
import cn.org.smeie.competition.account.boundary.SignInResult;
import cn.org.smeie.competition.platform.error.Failures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a user name and password against the accounts, through the {@link SignIn} boundary
 * (which keeps the lockout rule and the record of attempts). Why a sign-in was refused is left in
 * the request for the login page, and so is a check that could not be made because the database
 * did not answer; the caller's groups are the account's role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute with the {@link SignInResult.Outcome} of the last check. */
    public static final String OUTCOME = AccountIdentityStore.class.getName() + ".outcome";
    /** Set on the request when the sign-in could not be checked (the database did not answer). */
    public static final String UNAVAILABLE = AccountIdentityStore.class.getName() + ".unavailable";
    /** Session attribute present while the account holds a one-time password. */
    public static final String MUST_CHANGE_PASSWORD = AccountIdentityStore.class.getName() + ".mustChange";

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    SignIn signIn;

    @Inject
    HttpServletRequest request;

    /** The proxies whose {@code X-Forwarded-For} names the client (README: COMPETITION_TRUSTED_PROXIES). */
    @Inject
    @ConfigProperty(name = "competition.trusted.proxies")
    Optional<String> trustedProxies;

    private ClientAddress clients;

    @PostConstruct
    void readSettings() {
        clients = ClientAddress.trusting(trustedProxies.orElse(null));
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result;
        try {
            result = signIn.verify(up.getCaller(), up.getPasswordAsString(),
                    clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        } catch (RuntimeException e) {
            if (!Failures.isTransient(e)) {
                throw e;
            }
            // the database did not answer: neither right nor wrong, and the caller should try again shortly
            LOG.log(Level.WARNING, e, () -> "Sign-in of " + up.getCaller() + " could not be checked");
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        request.setAttribute(OUTCOME, result.outcome());
        if (result.outcome() != SignInResult.Outcome.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (result.mustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
    }

    /** Whether this request's sign-in could not be checked because the database did not answer. */
    public static boolean unavailable(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(UNAVAILABLE));
    }

    /** The holder has chosen their own password: the session's pages open again (console and API alike). */
    public static void passwordChanged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
