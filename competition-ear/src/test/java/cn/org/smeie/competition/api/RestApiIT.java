package cn.org.smeie.competition.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.ClientMailbox;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Mailbox;
import cn.org.smeie.competition.it.Teams;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API as the official website would use it, over HTTP: the same rules, authorization and
 * audit as the console, errors as problems in Chinese or English, the description at /openapi.
 */
@ExtendWith({ArquillianExtension.class, ClientMailbox.class}) // mails reach this JVM: the test runs outside the server
@RunAsClient
class RestApiIT {

    private static final Pattern NUMBER = Pattern.compile("\"(%s)\":(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anyoneReadsTheCurrentEditionAndItsTracks() throws Exception {
        HttpResponse<String> edition = send("GET", "/api/editions/current", null, null, null);
        assertEquals(200, edition.statusCode());
        assertTrue(edition.body().contains("首届企校协同创新大赛"));
        assertTrue(edition.body().contains("\"code\":\"SME202305\""));
        assertTrue(edition.body().contains("长扬科技（北京）股份有限公司"));
    }

    @Test
    void aProtectedResourceAsksForCredentialsAndRefusesWrongOnes() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/api/registrations", null, null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(anonymous.headers().firstValue("Location").isEmpty() && !anonymous.body().contains("loginForm"),
                "an API caller is not sent to the login page");
        assertEquals(401, send("GET", "/api/registrations", basic("nobody@example.cn", "wrong-password"), null, null)
                .statusCode());
    }

    @Test
    void aTeamSignsUpRegistersAndSubmitsThroughTheApi() throws Exception {
        long trackId = openTrack();

        String email = Deployments.uniqueCode("api").toLowerCase() + "@team.example.cn";
        HttpResponse<String> weak = send("POST", "/api/team-accounts", null, null,
                "{\"email\":\"" + email + "\",\"displayName\":\"接口联系人\",\"password\":\"short\"}");
        assertEquals(422, weak.statusCode());
        assertTrue(weak.body().contains("至少需要 10 个字符"), weak.body());
        assertEquals(201, send("POST", "/api/team-accounts", null, null, "{\"email\":\"" + email
                + "\",\"displayName\":\"接口联系人\",\"password\":\"" + Caller.CHOSEN_PASSWORD + "\"}").statusCode());
        String team = basic(email, Caller.CHOSEN_PASSWORD);
        HttpResponse<String> unconfirmed = send("POST", "/api/registrations?track=" + trackId, team, null, "{}");
        assertEquals(409, unconfirmed.statusCode(), unconfirmed.body());
        assertTrue(unconfirmed.body().contains("请先确认电子邮箱"), unconfirmed.body());
        assertEquals(422, send("POST", "/api/team-accounts/confirmation", null, null, "{\"token\":\"made-up\"}")
                .statusCode());
        assertEquals(204, send("POST", "/api/team-accounts/confirmation", null, null, "{\"token\":\""
                + Mailbox.confirmationToken(email) + "\"}").statusCode(), "the link mailed over SMTP confirms");
        HttpResponse<String> resend = send("POST", "/api/team-accounts/confirmation-mail", team, null, null);
        assertEquals(409, resend.statusCode(), "confirmed already: " + resend.body());

        String tag = Deployments.uniqueCode("").toLowerCase();
        String onlyAStudent = "{\"teamName\":\"接口队 " + tag + "\",\"projectTitle\":\"项目\",\"problemStatement\":\"难题\","
                + "\"resultSummary\":\"成果\",\"organizations\":[{\"name\":\"清华大学\",\"kind\":\"UNIVERSITY\"}],"
                + "\"members\":[{\"name\":\"赵昇\",\"kind\":\"STUDENT\",\"organization\":\"清华大学\",\"email\":\"s."
                + tag + "@tsinghua.edu.cn\",\"mobile\":\"" + Teams.mobile() + "\",\"presenter\":true}]}";
        HttpResponse<String> created = send("POST", "/api/registrations?track=" + trackId, team, null, onlyAStudent);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/api/registrations/"));
        long id = number(created.body(), "id");
        long version = number(created.body(), "version");

        HttpResponse<String> incomplete = send("POST", "/api/registrations/" + id + "/submission", team,
                String.valueOf(version), null);
        assertEquals(422, incomplete.statusCode());
        assertTrue(incomplete.body().contains("团队至少需要一名企业专家。"), incomplete.body());
        HttpResponse<String> english = sendIn("en", "POST", "/api/registrations/" + id + "/submission", team,
                String.valueOf(version));
        assertTrue(english.body().contains("a team needs at least one enterprise expert."), english.body());

        for (String broken : new String[] {"{\"teamName\": [1, 2], \"members\": \"none\"}",
                onlyAStudent.replace("\"STUDENT\"", "\"ALIEN\""), "{\"teamName\": \"unclosed"}) {
            HttpResponse<String> malformed = send("PUT", "/api/registrations/" + id, team, String.valueOf(version), broken);
            assertEquals(400, malformed.statusCode(), broken + " -> " + malformed.body());
            assertTrue(malformed.body().contains("不是有效的 JSON") && !malformed.body().contains("Exception"),
                    malformed.body());
        }

        HttpResponse<String> stale = send("PUT", "/api/registrations/" + id, team, String.valueOf(version + 5),
                onlyAStudent);
        assertEquals(409, stale.statusCode(), stale.body());

        String otherTeam = Deployments.uniqueCode("api").toLowerCase() + "@team.example.cn";
        send("POST", "/api/team-accounts", null, null, "{\"email\":\"" + otherTeam + "\",\"displayName\":\"别队\","
                + "\"password\":\"" + Caller.CHOSEN_PASSWORD + "\"}");
        HttpResponse<String> foreign = send("GET", "/api/registrations/" + id, basic(otherTeam, Caller.CHOSEN_PASSWORD),
                null, null);
        assertEquals(403, foreign.statusCode());
        assertFalse(foreign.body().contains("接口队"), "nothing of another team's registration");
        long edition = number(send("GET", "/api/editions/current", null, null, null).body(), "id");
        assertEquals(403, send("POST", "/api/tracks?edition=" + edition, team, null, "{}").statusCode(),
                "a team creates no track");

        HttpResponse<String> notPdf = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("/api/registrations/" + id + "/materials?name=plan.pdf"))
                .header("Authorization", team).header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("not a pdf")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, notPdf.statusCode(), notPdf.body());
        assertTrue(notPdf.body().contains("不是 PDF 文件"), notPdf.body());
        HttpResponse<String> material = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("/api/registrations/" + id + "/materials?name=plan.pdf"))
                .header("Authorization", team).header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, material.statusCode(), material.body());
        assertTrue(send("GET", "/api/registrations/" + id + "/materials", team, null, null).body()
                .contains("\"fileName\":\"plan.pdf\""));

        HttpResponse<String> mine = send("GET", "/api/registrations", team, null, null);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("接口队 " + tag) && mine.body().contains("\"status\":\"DRAFT\""), mine.body());
    }

    @Test
    void anEnterprisePostsAProblemThatWaitsForTheCommitteeAndAnyoneReadsThePublishedOnes() throws Exception {
        long trackId = openTrack();
        String contact = Deployments.uniqueCode("ent").toLowerCase() + "@enterprise.example.cn";
        String title = "接口难题 " + Deployments.uniqueCode("").toLowerCase();
        String form = "{\"trackId\":" + trackId + ",\"enterprise\":\"华为技术有限公司\",\"title\":\"" + title + "\","
                + "\"field\":\"工业视觉\",\"description\":\"缺陷难以实时发现\",\"expectedResult\":\"检测原型\","
                + "\"contactName\":\"吴经理\",\"contactEmail\":\"" + contact + "\",\"contactMobile\":\"%s\"}";
        HttpResponse<String> refused = send("POST", "/api/problems", null, null, String.format(form, "12345"));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("应为以 1 开头的 11 位手机号码"), refused.body());
        HttpResponse<String> posted = send("POST", "/api/problems", null, null, String.format(form, Teams.mobile()));
        assertEquals(201, posted.statusCode(), posted.body());
        Matcher code = Pattern.compile("\"manageCode\":\"([^\"]+)\"").matcher(posted.body());
        assertTrue(code.find(), posted.body());
        assertTrue(Mailbox.body(Mailbox.await(contact, 1).get(0)).contains("/problem.xhtml?code=" + code.group(1)),
                "the code that follows the problem is mailed to its contact");
        HttpResponse<String> board = send("GET", "/api/problems", null, null, null);
        assertEquals(200, board.statusCode(), board.body());
        assertFalse(board.body().contains(title), "a posting waits for the committee: " + board.body());
        assertFalse(board.body().contains("contactEmail"), "the board shows no contact details");
    }

    /** A new track of the current edition (the committee's, through the API) whose registration is open until 2099. */
    private long openTrack() throws Exception {
        String committee = basic(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD);
        HttpResponse<String> editionResponse = send("GET", "/api/editions/current", null, null, null);
        long edition = number(editionResponse.body(), "id");
        String code = Deployments.uniqueCode("API");
        HttpResponse<String> track = send("POST", "/api/tracks?edition=" + edition, committee, null,
                "{\"code\":\"" + code + "\",\"fieldZh\":\"接口测试\",\"fieldEn\":\"API\",\"focusZh\":\"场景\","
                        + "\"abilitiesZh\":\"能力\",\"objectiveZh\":\"目标\",\"hostOrganization\":\"接口测试承办单位\","
                        + "\"contactName\":\"周老师\",\"contactPhone\":\"13800138000\"}");
        assertEquals(201, track.statusCode(), track.body());
        long trackId = number(track.body(), "id");
        HttpResponse<String> extended = send("PUT", "/api/tracks/" + trackId + "/registration-deadline", committee,
                "\"" + number(track.body(), "version") + "\"", "2099-12-31T23:59:59", "text/plain");
        assertEquals(200, extended.statusCode(), extended.body());
        return trackId;
    }

    /**
     * A Basic sign-in opens a session; requests that send its cookie instead of the password keep the
     * caller's role however many run at once, among anonymous ones (with Jakarta Security's
     * AutoApplySession on Payara 6.2025 some got the container's 403 under load: payara/Payara#6145).
     */
    @Test
    void aSignedInSessionKeepsItsRoleUnderConcurrentRequests() throws Exception {
        long edition = number(send("GET", "/api/editions/current", null, null, null).body(), "id");
        String tracks = "/api/tracks?edition=" + edition;
        HttpResponse<String> signIn = send("GET", tracks, basic(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD), null, null);
        assertEquals(200, signIn.statusCode());
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session: " + signIn.headers())).split(";")[0];

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                boolean signedIn = i % 3 != 0; // every third request is anonymous
                answers.add(pool.submit(() -> {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(tracks))
                            .header("Accept", "application/json");
                    if (signedIn) {
                        request.header("Cookie", cookie);
                    }
                    return (signedIn ? "session " : "anonymous ")
                            + http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            Map<String, Integer> statuses = new TreeMap<>();
            for (Future<String> answer : answers) {
                statuses.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
            }
            assertEquals(Map.of("session 200", 400, "anonymous 401", 200), statuses);
        } finally {
            pool.shutdownNow();
        }

        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(tracks))
                .header("Cookie", cookie).header("Authorization", basic(Caller.COMMITTEE, "wrong-password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrongPassword.statusCode(), "credentials sent with a request are checked, session or not");
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/registrations/{id}/submission"), openapi.body());
        assertTrue(openapi.body().contains("/api/editions/current"));
        assertTrue(openapi.body().contains("/api/problems"));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String json)
            throws Exception {
        return send(method, path, authorization, ifMatch, json, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String body,
                                      String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", type + "; charset=UTF-8");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> sendIn(String language, String method, String path, String authorization,
                                        String ifMatch) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Accept", "application/json").header("Accept-Language", language)
                .header("Authorization", authorization).header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile(String.format(NUMBER.pattern(), Pattern.quote(name))).matcher(json);
        if (!m.find()) {
            throw new AssertionError("no \"" + name + "\" in " + json);
        }
        return Long.parseLong(m.group(2));
    }
}
