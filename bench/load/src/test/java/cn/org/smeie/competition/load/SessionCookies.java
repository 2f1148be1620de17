package cn.org.smeie.competition.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;

import io.gatling.javaapi.core.ChainBuilder;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A signed-in session as the server's cookies name it: JSESSIONID, and on a cluster with replicated sessions the
 * version cookie Payara adds (JSESSIONIDVERSION; empty on a single server). Sent back both, as a browser does: an
 * instance of the cluster refuses (401) a session id that comes without its version.
 */
record SessionCookies(String id, String version) {

    /** The session cookies a response set ({@code who} names the account in the error when there is none). */
    static SessionCookies of(HttpResponse<?> response, String who) {
        String id = cookie(response, "JSESSIONID");
        if (id.isEmpty()) {
            throw new IllegalStateException("no session for " + who);
        }
        return new SessionCookies(id, cookie(response, "JSESSIONIDVERSION"));
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";")[0].substring(name.length() + 1)).findFirst().orElse("");
    }

    /** The feeder's attributes of this session, read by {@link #resume(String)}. */
    Map<String, Object> attributes() {
        return Map.of("session", id, "sessionVersion", version);
    }

    /** A virtual user's step that takes over the fed session (its cookies, for the host of {@code base}). */
    static ChainBuilder resume(String base) {
        String host = URI.create(base).getHost();
        return exec(addCookie(Cookie("JSESSIONID", "#{session}").withDomain(host).withPath("/")))
                .doIf(user -> !user.getString("sessionVersion").isEmpty()).then(exec(addCookie(
                        Cookie("JSESSIONIDVERSION", "#{sessionVersion}").withDomain(host).withPath("/"))));
    }
}
