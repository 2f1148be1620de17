package cn.org.smeie.competition.web.security;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How callers prove who they are, checked against the accounts by {@link AccountIdentityStore}:
 * <ul>
 *   <li>pages: the login page hands the credentials over ({@code SecurityContext.authenticate});
 *       a protected page asked for before signing in is remembered and shown after it; the
 *       session keeps the sign-in ({@link AutoApplySession});</li>
 *   <li>the REST API ({@code /api/...}): HTTP Basic on every request, a 401 with a challenge
 *       where a protected resource is asked for without it, never a redirect to a page.</li>
 * </ul>
 * The same identity store, roles and EJB-layer checks serve both.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    static final String API = "/api/";
    private static final String BASIC = "Basic ";

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
                    ? context.notifyContainerAboutLogin(result) : AuthenticationStatus.SEND_FAILURE;
        }
        if (isApi(request)) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                CredentialValidationResult result = identityStores.validate(basic(authorization.substring(BASIC.length())));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                return challenge(response, context);
            }
            if (context.isProtected()) {
                return challenge(response, context);
            }
            return context.doNothing();
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
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

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"competition\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
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
