package cn.org.smeie.competition.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Headers that keep browsers from misusing the pages: no MIME sniffing, no framing by other sites,
 * a Content-Security-Policy that PrimeFaces tolerates (its inline handlers and its eval-based
 * ajax updates need 'unsafe-inline' and 'unsafe-eval'; everything else comes from this site), no
 * referrer to other sites, and no caching of signed-in pages.
 *
 * <p>It also sends a person who holds a one-time password to the password page first; the EJB
 * layer refuses their other calls anyway.</p>
 */
// asynchronous requests pass too: the live stage streams server-sent events
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CSP);
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
        chain.doFilter(request, response);
    }
}
