package cn.org.smeie.competition.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A platform that people reach over https ({@code COMPETITION_PUBLIC_URL}) sends its session cookie with
 * {@code Secure} whatever the last hop: behind a proxy that ends TLS, the request reaches the server over plain
 * http, and the container's own rule (glassfish-web.xml, {@code cookieSecure=dynamic}: Secure when the request came
 * over TLS) would leave it off. A platform on plain http (the run command's) keeps the container's rule.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("competition.public.url", String.class)
                .orElse(null);
        if (alwaysSecure(publicUrl)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info(() -> "Session cookies are Secure: the platform is reached at " + publicUrl);
        }
    }

    /** Whether cookies must be Secure for a platform reached at this address: when it is an https one. */
    static boolean alwaysSecure(String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return false;
        }
        try {
            return "https".equalsIgnoreCase(URI.create(publicUrl.strip()).getScheme());
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
