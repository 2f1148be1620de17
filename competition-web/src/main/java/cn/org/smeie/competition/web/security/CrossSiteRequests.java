package cn.org.smeie.competition.web.security;

import cn.org.smeie.competition.platform.error.Messages;
import cn.org.smeie.competition.web.api.ServletProblems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses requests that change something when a browser says they come from another site (cross-site
 * request forgery): a POST, PUT, PATCH or DELETE whose {@code Origin} is not this site's address, or
 * whose {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site} (a sibling sub-domain is another
 * site's page too). Browsers send these headers and pages cannot forge them; programs that call the API
 * send neither and pass, since they do not carry a victim's cookies.
 *
 * <p>Defence in depth: the session cookie is {@code SameSite=Lax} (glassfish-web.xml), so browsers do not send
 * it with other sites' POSTs; Faces forms carry their view state; the API takes JSON (or a PDF) and
 * {@code If-Match}, which an HTML form cannot send. This check does not depend on any of them.
 * "This site" is the {@code Host} the request was sent to (a proxy in front must pass it on) or the
 * configured public address.</p>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteRequests.class.getName());
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CROSS_SITE = "request.crossSite";

    @Inject
    @ConfigProperty(name = "competition.public.url")
    String publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CHANGING.contains(request.getMethod()) && fromAnotherSite(request)) {
            LOG.warning(() -> "Cross-site " + request.getMethod() + " refused: " + request.getRequestURI()
                    + " from origin " + request.getHeader("Origin") + ", fetch site "
                    + request.getHeader("Sec-Fetch-Site"));
            if (ConsoleAuthentication.isApi(request)) {
                ServletProblems.send(request, response, 403, CROSS_SITE);
            } else {
                response.setStatus(403);
                response.setContentType("text/plain;charset=UTF-8");
                // a page has no language negotiation of its own here: both, from the same messages as the API's
                response.getWriter().write(Messages.format(Locale.SIMPLIFIED_CHINESE, CROSS_SITE) + "\n"
                        + Messages.format(Locale.ENGLISH, CROSS_SITE) + "\n");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request.getHeader("Host"), originOf(publicUrl));
    }

    /** "scheme://host[:port]" of an address. */
    static String originOf(String address) {
        URI uri = URI.create(address.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Whether {@code origin} ("scheme://host[:port]", or "null") names this site: the request's host or the public address. */
    static boolean sameOrigin(String origin, String host, String publicOrigin) {
        if (origin.equalsIgnoreCase(publicOrigin)) {
            return true;
        }
        try {
            URI uri = URI.create(origin.strip());
            return uri.getHost() != null && host != null && uri.getRawAuthority().equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
