package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery: a page of another site that makes a signed-in person's browser send a request
 * that changes something. The browser sends the person's session cookie (were it not {@code SameSite=Lax})
 * and says where the request comes from ({@code Origin}, {@code Sec-Fetch-Site}), which that page cannot
 * forge. Every such request is refused, by the API and by the pages, and nothing changes; the same request
 * from the platform's own pages goes through. A forged form post of the platform's own origin (a browser
 * that sent no origin) still needs the page's view state and changes nothing without it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

    private static final String EVIL = "https://evil.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(CrossSiteRequestIT.class);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApiRefusesAChangeAnotherSitesPageSendsWithTheSessionAndTakesTheSameFromItsOwn() throws Exception {
        String cookie = session(Api.basic(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD));
        String username = Deployments.uniqueCode("csrf").toLowerCase();
        String account = "{\"username\":\"" + username + "\",\"displayName\":\"跨站测试\",\"role\":\"COMMITTEE\"}";

        for (Map<String, String> forged : List.of(Map.of("Origin", EVIL),
                Map.of("Origin", "null"), // a sandboxed frame or a redirect's origin
                Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", "http://localhost.evil.example:28080", "Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site"))) { // a sibling sub-domain is another site
            HttpResponse<String> refused = send("POST", "api/accounts", cookie, forged, "application/json", account);
            assertEquals(403, refused.statusCode(), forged + ": " + refused.body());
            assertTrue(refused.body().contains("\"key\":\"request.crossSite\"")
                    && refused.body().contains("请求来自其他网站，已拒绝"), refused.body());
        }
        HttpResponse<String> english = send("POST", "api/accounts", cookie, Map.of("Origin", EVIL,
                "Accept-Language", "en"), "application/json", account);
        assertTrue(english.body().contains("A request from another site was refused"), english.body());
        // what another site's page can send without asking (a form, a no-cors fetch) is refused the same way
        HttpResponse<String> form = send("POST", "api/accounts", cookie, Map.of("Origin", EVIL), "text/plain", account);
        assertEquals(403, form.statusCode(), form.body());

        // the same request from the platform's own page: created, and only now (none of the refused made it)
        HttpResponse<String> own = send("POST", "api/accounts", cookie, Map.of("Origin", base.toString()
                .replaceAll("/$", ""), "Sec-Fetch-Site", "same-origin"), "application/json", account);
        assertEquals(201, own.statusCode(), "the account is made once, from the platform's own page: " + own.body());
        // and by a program (no browser, no origin), as the API's clients call it
        HttpResponse<String> again = send("POST", "api/accounts", cookie, Map.of(), "application/json", account);
        assertEquals(422, again.statusCode(), "it exists once: " + again.body());
        assertTrue(again.body().contains("account.username.taken"), again.body());
    }

    @Test
    void pagesRefuseAnotherSitesFormsAndAFormWithoutItsViewStateChangesNothing() throws Exception {
        // an account whose password is its own, signed in with a session
        String committee = Api.basic(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD);
        String username = Deployments.uniqueCode("csrfp").toLowerCase();
        HttpResponse<String> created = send("POST", "api/accounts", null, Map.of("Authorization", committee),
                "application/json", "{\"username\":\"" + username + "\",\"displayName\":\"跨站测试\",\"role\":\"COMMITTEE\"}");
        assertEquals(201, created.statusCode(), created.body());
        Matcher oneTime = Pattern.compile("\"oneTimePassword\":\"([^\"]+)\"").matcher(created.body());
        assertTrue(oneTime.find());
        String cookie = session(Api.basic(username, oneTime.group(1)));
        assertEquals(204, send("PUT", "api/accounts/me/password", cookie, Map.of(), "application/json",
                "{\"currentPassword\":\"" + oneTime.group(1) + "\",\"newPassword\":\"" + Caller.CHOSEN_PASSWORD + "\"}")
                .statusCode());

        Map<String, String> change = new LinkedHashMap<>();
        change.put("passwordForm", "passwordForm");
        change.put("passwordForm:currentPassword", Caller.CHOSEN_PASSWORD);
        change.put("passwordForm:newPassword", "Attacker-Chosen-9");
        change.put("passwordForm:repeated", "Attacker-Chosen-9");
        change.put("passwordForm:change", "");
        change.put("jakarta.faces.ViewState", "-1234567890123456789:-987654321098765432");
        HttpResponse<String> crossSite = send("POST", "account/password.xhtml", cookie, Map.of("Origin", EVIL,
                "Sec-Fetch-Site", "cross-site"), "application/x-www-form-urlencoded", form(change));
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertTrue(crossSite.body().contains("请求来自其他网站，已拒绝") && crossSite.body().contains("another site"),
                crossSite.body());
        // a sign-in into the attacker's account (login CSRF) is refused the same way
        HttpResponse<String> login = send("POST", "login.xhtml", null, Map.of("Origin", EVIL),
                "application/x-www-form-urlencoded", form(Map.of("loginForm:username", username)));
        assertEquals(403, login.statusCode(), login.body());

        // without an origin (an old browser), the forged form still lacks the page's view state
        HttpResponse<String> noViewState = send("POST", "account/password.xhtml", cookie, Map.of(),
                "application/x-www-form-urlencoded", form(change));
        assertFalse(noViewState.statusCode() == 403, "not refused as cross-site: it has no origin");
        assertFalse(noViewState.body().contains("密码已修改"), "no change reported: " + noViewState.body());
        // nor is it a server error: the page again, as after an expired sign-in (PageFailures)
        assertEquals(302, noViewState.statusCode(), noViewState.body());
        assertTrue(noViewState.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"),
                noViewState.headers().toString());

        // the password is still the holder's own, not the attacker's
        assertEquals(200, send("GET", tracks(), null, Map.of("Authorization",
                Api.basic(username, Caller.CHOSEN_PASSWORD)), null, null).statusCode());
        assertEquals(401, send("GET", tracks(), null, Map.of("Authorization",
                Api.basic(username, "Attacker-Chosen-9")), null, null).statusCode());
    }

    /** Signs in by Basic authentication and returns the session cookie the server set. */
    private String session(String authorization) throws Exception {
        HttpResponse<String> signIn = send("GET", tracks(), null, Map.of("Authorization", authorization), null, null);
        // signed in (a one-time password's holder is signed in too, and told to change it first: 403)
        assertTrue(signIn.statusCode() == 200 || signIn.statusCode() == 403, signIn.statusCode() + " " + signIn.body());
        return signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session: " + signIn.headers())).split(";")[0];
    }

    /** The current edition's tracks: a read that needs an account. */
    private String tracks() throws Exception {
        HttpResponse<String> current = send("GET", "api/editions/current", null, Map.of("Accept", "application/json"),
                null, null);
        return "api/tracks?edition=" + Api.number(current.body(), "id");
    }

    private HttpResponse<String> send(String method, String path, String cookie, Map<String, String> headers,
                                      String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (type != null) {
            request.header("Content-Type", type + "; charset=UTF-8");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
