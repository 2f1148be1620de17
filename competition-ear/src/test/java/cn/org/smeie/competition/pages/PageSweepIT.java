package cn.org.smeie.competition.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.CurrentExchange;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No refused, unknown or malformed request is a server error: every page of the web module (read from the
 * deployed module itself, so a page added later is swept too) is requested as every role and anonymously, and
 * with addresses naming what the caller may not see or what does not exist; none answers 5xx, and the refusals
 * answer as what they are (403, 404, 400, 401) with the platform's own page or the API's problem.
 */
@ExtendWith(ArquillianExtension.class)
class PageSweepIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(PageSweepIT.class);
    }

    @Inject
    Editions editions;

    @Inject
    Judging judging;

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base = URI.create(System.getenv("COMPETITION_PUBLIC_URL") + "/");

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void noPageAnswersAServerErrorToAnyRoleAndRefusalsSayWhatTheyAre() throws Exception {
        long edition = editions.current().getId();
        Track own = Teams.openTrack(edition);
        Track other = Teams.openTrack(edition);
        long otherRound = judging.createTrackRound(other.getId()).getId();
        String host = Caller.newAccount("sweeph", Role.HOST, Set.of(own.getId()), Set.of()).account().getUsername();
        String judge = Caller.newAccount("sweepj", Role.JUDGE, Set.of(own.getId()), Set.of()).account().getUsername();
        String team = Teams.signedUpContact();
        Caller.signOut();

        Map<String, String> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", null);
        sessions.put("committee", session(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD, edition));
        sessions.put("host", session(host, Caller.CHOSEN_PASSWORD, edition));
        sessions.put("judge", session(judge, Caller.CHOSEN_PASSWORD, edition));
        sessions.put("team", session(team, Caller.CHOSEN_PASSWORD, edition));

        List<String> addresses = new ArrayList<>(pages());
        assertTrue(addresses.size() >= 30, "the module's pages: " + addresses);
        addresses.addAll(List.of("console/results-print.xhtml?round=" + otherRound,
                "console/results-print.xhtml?round=999999999999", "console/results-print.xhtml?round=abc",
                "console/registrations.xhtml?registration=999999999999", "finals/screen.xhtml?round=999999999999",
                "verify.xhtml?code=nothing", "confirm.xhtml?token=made-up", "no-such-page.xhtml", "no/such/file.css"));
        List<String> serverErrors = new ArrayList<>();
        for (Map.Entry<String, String> role : sessions.entrySet()) {
            for (String address : addresses) {
                HttpResponse<String> answer = get(address, role.getValue());
                if (answer.statusCode() >= 500) {
                    serverErrors.add(role.getKey() + " " + address + " -> " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), serverErrors, "no page is a server error for any role");

        // a judge has no console: refused with the platform's page, in both languages, with its charset
        HttpResponse<String> judgeOnConsole = get("console/tracks.xhtml", sessions.get("judge"));
        assertEquals(403, judgeOnConsole.statusCode());
        assertTrue(judgeOnConsole.body().contains("无权打开此页面") && judgeOnConsole.body().contains("You may not open"),
                judgeOnConsole.body());
        assertTrue(judgeOnConsole.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"),
                judgeOnConsole.headers().map().toString());
        assertEquals(200, get("judge/sheets.xhtml", sessions.get("judge")).statusCode());
        // another track's round in the address: refused, nothing of it shown
        HttpResponse<String> foreignRound = get("console/results-print.xhtml?round=" + otherRound, sessions.get("host"));
        assertEquals(403, foreignRound.statusCode(), foreignRound.body());
        assertTrue(!foreignRound.body().contains(other.getCode()), "nothing of the other track");
        assertEquals(200, get("console/results-print.xhtml?round=" + otherRound, sessions.get("committee")).statusCode());
        int unknownRound = get("console/results-print.xhtml?round=999999999999", sessions.get("committee")).statusCode();
        assertTrue(unknownRound == 403 || unknownRound == 404, "an unknown round: " + unknownRound);
        HttpResponse<String> missing = get("no-such-page.xhtml", null);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("页面不存在"), missing.body());
        assertEquals(302, get("console/tracks.xhtml", null).statusCode(), "anonymous: to the login page");

        // the API answers its own problem, never the server's HTML page
        HttpResponse<String> refusedSignIn = send(HttpRequest.newBuilder(base.resolve("api/registrations"))
                .header("Authorization", Api.basic("nobody", "wrong-password")).header("Accept-Language", "en").GET());
        assertEquals(401, refusedSignIn.statusCode());
        assertTrue(refusedSignIn.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(refusedSignIn.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(refusedSignIn.body().contains("\"key\":\"error.signInRefused\"")
                && refusedSignIn.body().contains("The user name or password is wrong"), refusedSignIn.body());
        HttpResponse<String> noSuchResource = send(HttpRequest.newBuilder(base.resolve("api/no-such-resource")).GET());
        assertEquals(404, noSuchResource.statusCode());
        assertTrue(noSuchResource.body().contains("\"key\":\"error.pathNotFound\""), noSuchResource.body());

        // a form sent without the script nonce its page gave: not the platform's page, refused as a bad request
        HttpResponse<String> login = get("login.xhtml", null);
        Matcher viewState = VIEW_STATE.matcher(login.body());
        assertTrue(viewState.find(), login.body());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", "nobody");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        form.put("primefaces.nonce", "not-the-pages-nonce");
        HttpResponse<String> forged = post("login.xhtml", cookie, form, false);
        assertEquals(400, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("无法读取本次请求"), forged.body());
        // the same by Ajax: Faces answers Ajax failures inside its partial response, never as a server error
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "loginForm");
        form.put("jakarta.faces.partial.execute", "@all");
        HttpResponse<String> forgedAjax = post("login.xhtml", cookie, form, true);
        assertTrue(forgedAjax.statusCode() < 500, forgedAjax.statusCode() + " " + forgedAjax.body());
    }

    private HttpResponse<String> post(String address, String cookie, Map<String, String> form, boolean ajax)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(address)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(),
                        StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request);
    }

    /** Every Faces page of the web module, as addresses relative to the application. */
    private static Set<String> pages() {
        ServletContext module = CurrentExchange.request().getServletContext();
        Set<String> pages = new TreeSet<>();
        collect(module, "/", pages);
        return pages;
    }

    private static void collect(ServletContext module, String folder, Set<String> pages) {
        Set<String> paths = module.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/") || path.startsWith("/resources/")) {
                continue;
            }
            if (path.endsWith("/")) {
                collect(module, path, pages);
            } else if (path.endsWith(".xhtml")) {
                pages.add(path.substring(1));
            }
        }
    }

    /** Signs in by Basic authentication on the API and returns the session cookie, which the pages take too. */
    private String session(String username, String password, long edition) throws Exception {
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(base.resolve("api/tracks?edition=" + edition))
                .header("Authorization", Api.basic(username, password)).GET());
        // signed in either way: a team may not list tracks (403) but its session is made
        assertTrue(signIn.statusCode() == 200 || signIn.statusCode() == 403, username + ": " + signIn.body());
        return signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session: " + signIn.headers())).split(";")[0];
    }

    private HttpResponse<String> get(String address, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(address)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
