package cn.org.smeie.competition.web.security;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.web.api.ServletProblems;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * How callers prove who they are, checked against the accounts by {@link AccountIdentityStore}:
 * <ul>
 *   <li>pages: the login page hands the credentials over ({@code SecurityContext.authenticate});
 *       a protected page asked for before signing in is remembered and shown after it;</li>
 *   <li>the REST API ({@code /api/...}): HTTP Basic, a 401 with a challenge where a protected
 *       resource is asked for without it, never a redirect to a page.</li>
 * </ul>
 * A successful sign-in, by either route, is kept in the HTTP session ({@link SessionCaller}: the
 * name and the groups) and given to the container again on each request of that session, groups
 * included; an API client that keeps the session cookie so spares the deliberate cost of the
 * password hash on every call. Jakarta Security's {@code @AutoApplySession} is not used: on
 * Payara 6.2025 it hands the container the session's principal <em>without</em> its groups and
 * relies on a security context that concurrent requests share (payara/Payara#6145, fixed after the
 * newest Payara 6 this project can get), so under load a signed-in request now and then ran with no
 * role and got the container's HTTP 403 — measured by the registration-rush load test.
 * The same identity store, roles and EJB-layer checks serve both routes.
 */
@ApplicationScoped
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    static final String API = "/api/";
    private static final String BASIC = "Basic ";
    private static final Logger LOG = Logger.getLogger(ConsoleAuthentication.class.getName());
    /** Session attribute: the {@link SessionCaller} the session signed in. */
    static final String CALLER = ConsoleAuthentication.class.getName() + ".caller";

    /** Who a session signed in as: kept in the session, so serializable (a session may move between servers). */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
        SessionCaller {
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential given = context.getAuthParameters().getCredential();
        if (given != null) {
            // the login page's own sign-in: a failure is told on the page, not by an HTTP status
            CredentialValidationResult result = identityStores.validate(given);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? signedIn(request, context, result) : AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = isApi(request) ? request.getHeader("Authorization") : null;
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            // credentials given with the request win over a session the request may also carry
            CredentialValidationResult result = identityStores.validate(basic(authorization.substring(BASIC.length())));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return signedIn(request, context, result);
            }
            return AccountIdentityStore.unavailable(request) ? unavailable(request, response)
                    : challenge(request, response, "error.signInRefused");
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (isApi(request)) {
            if (context.isProtected()) {
                return challenge(request, response, "error.signInRequired");
            }
            return context.doNothing();
        }
        if (context.isProtected()) {
            // a page that needs an account: remember it, sign in, come back (GET only, this site only)
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(Landing.ORIGINAL_PAGE,
                        request.getRequestURI().substring(request.getContextPath().length())
                                + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context,
                                                 CredentialValidationResult result) {
        request.getSession().setAttribute(CALLER,
                new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    /** 401 with the Basic challenge and the API's problem (why, in the caller's language), sent here and now. */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response, String key) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"competition\", charset=\"UTF-8\"");
        ServletProblems.send(request, response, 401, key);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The credentials could not be checked (the database did not answer): 503 with {@code Retry-After} and
     * the API's problem {@code error.unavailable} in the caller's language, sent here and now — no 401, which
     * would tell the caller that the password is wrong.
     */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.warning(() -> "Incident " + incident + ": sign-in not checked (database) on " + request.getRequestURI());
        ServletProblems.send(request, response, 503, "error.unavailable", incident);
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API);
    }

    private static Credential basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = ":";
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? new UsernamePasswordCredential(decoded, "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
