package cn.org.smeie.competition.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Headers that keep browsers from misusing the pages: no MIME sniffing, no framing by other sites, a
 * Content-Security-Policy that allows scripts from this site only (the pages' own get a nonce from PrimeFaces,
 * whose policy — web.xml, {@code primefaces.CSP_POLICY} — replaces this one on the responses it renders), HTTPS
 * only once a browser has seen the site over HTTPS (browsers ignore the header over plain HTTP), no referrer to
 * other sites, and no caching of signed-in pages.
 *
 * <p>{@code X-XSS-Protection: 1; mode=block}: no current browser reads it; older ones that do block the page
 * instead of rewriting it (the rewriting mode is the one that could be abused). Scanners ask for it.</p>
 *
 * <p>It also sends a person who holds a one-time password to the password page first; the EJB
 * layer refuses their other calls anyway.</p>
 */
// asynchronous requests pass too: the live stage streams server-sent events
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** The pages' policy, which PrimeFaces completes with each response's nonce (web.xml): the one source of it. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    /** The policy of the responses PrimeFaces does not render: the pages' own, without a nonce. */
    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new ServletException("web.xml names no " + POLICY_PARAMETER + ": the pages would go without a policy");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-XSS-Protection", "1; mode=block");
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", "no-store");
            HttpSession session = request.getSession(false);
            String path = request.getServletPath();
            if (session != null && session.getAttribute(AccountIdentityStore.MUST_CHANGE_PASSWORD) != null
                    && path.endsWith(".xhtml") && !path.equals(Landing.PASSWORD_PAGE)) {
                response.sendRedirect(request.getContextPath() + Landing.PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response whose Content-Security-Policy, once added again (PrimeFaces' policy with its nonce), replaces ours. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
