package cn.org.smeie.competition.api;

import static cn.org.smeie.competition.it.Api.basic;
import static cn.org.smeie.competition.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Api;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.ClientMailbox;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Mailbox;
import cn.org.smeie.competition.it.Teams;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

        String materials = "/api/registrations/" + id + "/materials?name=plan.pdf";
        HttpResponse<String> notPdf = api().post(materials, team, "not a pdf".getBytes(StandardCharsets.UTF_8),
                "application/pdf");
        assertEquals(422, notPdf.statusCode(), notPdf.body());
        assertTrue(notPdf.body().contains("不是 PDF 文件"), notPdf.body());
        HttpResponse<String> material = api().post(materials, team, Api.onePagePdf(), "application/pdf");
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
     * The committee creates a track's host through the API; the host changes the one-time password
     * (the console's pages wait for that), imports a sheet of teams into its own track — a refused
     * row is named with the reason — and no other track's.
     */
    @Test
    void aHostMadeThroughTheApiImportsItsTracksTeams() throws Exception {
        long trackId = openTrack();
        long otherTrack = openTrack();
        String committee = basic(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD);
        String username = Deployments.uniqueCode("host").toLowerCase();
        HttpResponse<String> created = send("POST", "/api/accounts", committee, null, "{\"username\":\"" + username
                + "\",\"displayName\":\"接口承办人\",\"role\":\"HOST\",\"trackIds\":[" + trackId + "]}");
        assertEquals(201, created.statusCode(), created.body());
        Matcher oneTime = Pattern.compile("\"oneTimePassword\":\"([^\"]+)\"").matcher(created.body());
        assertTrue(oneTime.find(), created.body());
        HttpResponse<String> badUsername = send("POST", "/api/accounts", committee, null,
                "{\"username\":\"No Spaces!\",\"displayName\":\"x\",\"role\":\"HOST\"}");
        assertEquals(422, badUsername.statusCode(), badUsername.body());

        HttpResponse<String> signIn = send("GET", "/api/tracks/" + trackId, basic(username, oneTime.group(1)), null, null);
        assertEquals(403, signIn.statusCode(), signIn.body());
        assertTrue(signIn.body().contains("error.passwordChangeRequired"), "nothing before the password is changed: "
                + signIn.body());
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        assertEquals(302, page("/console/registrations.xhtml", cookie).statusCode(), "a one-time password is changed first");
        HttpResponse<String> wrong = sendWithCookie("PUT", "/api/accounts/me/password", cookie,
                "{\"currentPassword\":\"not-it\",\"newPassword\":\"" + Caller.CHOSEN_PASSWORD + "\"}");
        assertEquals(422, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("currentPassword"), wrong.body());
        assertEquals(204, sendWithCookie("PUT", "/api/accounts/me/password", cookie, "{\"currentPassword\":\""
                + oneTime.group(1) + "\",\"newPassword\":\"" + Caller.CHOSEN_PASSWORD + "\"}").statusCode());
        HttpResponse<String> console = page("/console/registrations.xhtml", cookie);
        assertEquals(200, console.statusCode(), "the pages open once the password is the holder's own");

        String tag = Deployments.uniqueCode("").toLowerCase();
        String sheet = "contact_email,contact_name,team_name,project_title,problem_statement,result_summary,member_name,"
                + "member_kind,organization,organization_kind,credit_code,title,member_email,member_mobile,presenter\n"
                + team("a" + tag, "导入甲队 " + tag) + team("b" + tag, "导入乙队 " + tag)
                + "c" + tag + "@team.example.cn,联系人,导入丙队 " + tag + ",项目,难题,成果,钱七,学生,清华大学,高校,,本科,"
                + "q" + tag + "@tsinghua.edu.cn," + Teams.mobile() + ",是\n";
        String host = basic(username, Caller.CHOSEN_PASSWORD);
        HttpResponse<String> imported = send("POST", "/api/tracks/" + trackId + "/registration-imports?file=teams.csv",
                host, null, sheet, "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("\"imported\":2") && imported.body().contains("\"refusedTeams\":1"),
                imported.body());
        assertTrue(imported.body().contains("团队至少需要一名企业专家。"), "the refused team's reason: " + imported.body());
        HttpResponse<String> foreign = send("POST", "/api/tracks/" + otherTrack + "/registration-imports?file=teams.csv",
                host, null, sheet, "text/csv");
        assertEquals(403, foreign.statusCode(), "another track's import: " + foreign.body());
    }

    /** One importable team: a student who presents, a teacher, an enterprise expert. */
    private static String team(String contact, String name) {
        String row = contact + "@team.example.cn,联系人," + name + ",项目,企业难题,原型,%s,%s,%s,%s,%s,%s,%s@%s," + "%s,%s\n";
        return String.format(row, "赵一", "学生", "清华大学", "高校", "", "本科", "s." + contact, "tsinghua.edu.cn",
                Teams.mobile(), "是")
                + String.format(row, "钱二", "教师", "清华大学", "高校", "", "教授", "t." + contact, "tsinghua.edu.cn",
                Teams.mobile(), "否")
                + String.format(row, "孙三", "企业专家", "华为技术有限公司", "企业", "914403001922038216", "工程师",
                "e." + contact, "huawei.com", Teams.mobile(), "否");
    }

    private HttpResponse<String> page(String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> sendWithCookie(String method, String path, String cookie, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).header("Cookie", cookie)
                .header("Accept", "application/json").header("Content-Type", "application/json; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
        assertTrue(openapi.body().contains("/api/tracks/{id}/registration-imports"), openapi.body());
        assertTrue(openapi.body().contains("/api/accounts/me/password"), openapi.body());
    }

    private HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String json)
            throws Exception {
        return api().send(method, path, authorization, ifMatch, json);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String body,
                                      String type) throws Exception {
        return api().send(method, path, authorization, ifMatch, body, type);
    }

    private Api api() {
        return new Api(base.toString());
    }

    private HttpResponse<String> sendIn(String language, String method, String path, String authorization,
                                        String ifMatch) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Accept", "application/json").header("Accept-Language", language)
                .header("Authorization", authorization).header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
