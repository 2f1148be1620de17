package cn.org.smeie.competition.web.security;

import cn.org.smeie.competition.account.boundary.SignIn;
import cn.org.smeie.competition.account.boundary.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * Checks a user name and password against the accounts, through the {@link SignIn} boundary
 * (which keeps the lockout rule and the record of attempts). Why a sign-in was refused is left in
 * the request for the login page; the caller's groups are the account's role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute with the {@link SignInResult.Outcome} of the last check. */
    public static final String OUTCOME = AccountIdentityStore.class.getName() + ".outcome";
    /** Session attribute present while the account holds a one-time password. */
    public static final String MUST_CHANGE_PASSWORD = AccountIdentityStore.class.getName() + ".mustChange";

    @Inject
    SignIn signIn;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = signIn.verify(up.getCaller(), up.getPasswordAsString(), request.getRemoteAddr());
        request.setAttribute(OUTCOME, result.outcome());
        if (result.outcome() != SignInResult.Outcome.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (result.mustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
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
