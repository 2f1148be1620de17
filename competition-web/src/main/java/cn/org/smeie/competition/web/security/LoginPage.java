package cn.org.smeie.competition.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import cn.org.smeie.competition.account.boundary.SignInResult;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The sign-in form: hands the credentials to Jakarta Security and says why a sign-in failed. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username,
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId(); // a new session id at sign-in: no session fixation
            external.redirect(external.getRequestContextPath() + Landing.pageFor(request));
        } else {
            refused(request);
        }
    }

    private void refused(HttpServletRequest request) {
        Object outcome = request.getAttribute(AccountIdentityStore.OUTCOME);
        // A failed programmatic sign-in leaves Jakarta Security's "login to continue" state in the
        // session, after which a protected page answers an empty 200 instead of the login page.
        // A fresh session clears it; the page is rendered into the new one.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (AccountIdentityStore.unavailable(request)) {
            feedback.error("login.unavailable");
        } else if (outcome == SignInResult.Outcome.LOCKED) {
            feedback.error("login.locked");
        } else {
            // a disabled account is told apart only after the right password was given
            feedback.error(outcome == SignInResult.Outcome.DISABLED ? "login.disabled" : "login.invalid");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
