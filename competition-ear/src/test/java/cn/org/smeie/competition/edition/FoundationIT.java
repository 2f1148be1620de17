package cn.org.smeie.competition.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.EditionAdmin;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.control.EditionSeed;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.edition.entity.EditionForm;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.platform.database.DatabaseMigration;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The EAR as deployed: schema by migrations, the 2023 edition and its six tracks, the console's
 * first page. In-container tests that read committee data sign in as the committee first.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(FoundationIT.class);
    }

    @Inject
    Editions editions;

    @Inject
    TrackCatalog catalog;

    @Inject
    EditionAdmin editionAdmin;

    @Inject
    AuditLog audit;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Test
    void firstStartLoadsTheEditionOfTheNotice() {
        Edition first = firstEdition();
        assertEquals(1, first.getOrdinal());
        assertEquals("首届企校协同创新大赛", first.getNameZh());
        assertEquals("中小企通〔2023〕49号", first.getDocumentNumber());
        assertEquals(LocalDate.of(2023, 7, 20), first.getPublishedOn());
        assertEquals(LocalDateTime.of(2023, 9, 30, 23, 59, 59), first.getRegistrationDeadline());
        assertEquals(LocalDate.of(2023, 11, 30), first.getTrackDeadline());
        assertEquals(YearMonth.of(2023, 12), first.getFinalsMonth());
        assertEquals(ZoneId.of("Asia/Shanghai"), first.getTimeZone());
        assertEquals(List.of("中国中小企业发展促进中心", "中国中小企业国际合作协会", "中国产学研合作促进会",
                        "全国工商联人才交流服务中心", "中国教育发展战略学会产教融合专业委员会"),
                first.getOrganizers().stream().map(Organization::getName).toList());
    }

    @Test
    void firstStartLoadsTheSixTracksOfTheNoticeAsTheCsvGivesThem() {
        Caller.asCommittee();
        Map<String, TrackDetails> loaded = catalog.tracksOf(firstEdition().getId()).stream()
                .map(Track::details)
                .collect(Collectors.toMap(TrackDetails::code, Function.identity()));
        List<TrackDetails> expected = EditionSeed.first().tracks();
        assertEquals(List.of("SME202301", "SME202302", "SME202303", "SME202304", "SME202305", "SME202306"),
                expected.stream().map(TrackDetails::code).toList());
        for (TrackDetails track : expected) {
            assertEquals(track, loaded.get(track.code()), track.code());
        }
        assertEquals("长扬科技（北京）股份有限公司", loaded.get("SME202305").hostOrganization());
        assertEquals("13889863746", loaded.get("SME202305").contactPhone());
    }

    @Test
    void theSeedIsAuditedAsTheSystemsOwnChange() {
        Caller.asCommittee();
        Track robotics = catalog.tracksOf(firstEdition().getId()).stream()
                .filter(t -> t.getCode().equals("SME202302")).findFirst().orElseThrow();
        AuditEntry created = audit.history("Track", robotics.getId()).get(0);
        assertEquals("CREATE", created.getAction());
        assertEquals("system", created.getActor());
        assertTrue(created.getNewValue().contains("高校毕业生就业协会机器人专委会"), created.getNewValue());
    }

    @Test
    void theCommitteePreparesTheNextEditionThenMakesItCurrentAndEveryStepIsAudited() {
        Caller.asCommittee();
        Edition first = firstEdition();
        int next = editions.all().stream().mapToInt(Edition::getOrdinal).max().orElseThrow() + 1;
        EditionForm form = new EditionForm(next, 2024, " 第二届企校协同创新大赛 ", "2nd Enterprise-University Competition",
                LocalDateTime.of(2024, 9, 30, 23, 59, 59), LocalDate.of(2024, 11, 30), YearMonth.of(2024, 12), 3, 8);

        // refused with the field to correct and a message in both languages
        assertRefused(() -> editionAdmin.create(new EditionForm(first.getOrdinal(), 2024, "重复", "Duplicate",
                form.registrationDeadline(), form.trackDeadline(), form.finalsMonth(), 3, 10)),
                "ordinal", "edition.ordinal.taken");
        assertRefused(() -> editionAdmin.create(new EditionForm(next, 2024, "日期颠倒", "Out of order",
                LocalDateTime.of(2024, 12, 1, 0, 0), LocalDate.of(2024, 11, 30), YearMonth.of(2024, 12), 3, 10)),
                "trackDeadline", "edition.calendar.order");
        assertRefused(() -> editionAdmin.create(new EditionForm(next, 2024, "人数", "Sizes", form.registrationDeadline(),
                form.trackDeadline(), form.finalsMonth(), 9, 4)), "maxTeamSize", "edition.teamSize.order");
        assertRefused(() -> editionAdmin.create(new EditionForm(next, 1999, " ", "Blank", form.registrationDeadline(),
                form.trackDeadline(), form.finalsMonth(), 3, 10)), "nameZh", "validation.required");
        assertTrue(editions.all().stream().noneMatch(e -> e.getOrdinal() == next), "nothing refused was stored");

        Edition created = editionAdmin.create(form);
        assertEquals("第二届企校协同创新大赛", created.getNameZh(), "names are stripped");
        assertFalse(created.isCurrent(), "a new edition is prepared, not yet current");
        assertEquals(first.getId(), editions.current().getId(), "the running edition stays current");
        assertEquals(first.getOrganizers().stream().map(Organization::getName).toList(),
                created.getOrganizers().stream().map(Organization::getName).toList(), "organized as the current one is");
        Edition moved = editionAdmin.update(created.getId(), created.getVersion(), new EditionForm(next, 2024,
                form.nameZh(), form.nameEn(), LocalDateTime.of(2024, 10, 15, 17, 0), form.trackDeadline(),
                form.finalsMonth(), 3, 8));
        assertEquals(LocalDateTime.of(2024, 10, 15, 17, 0), moved.getRegistrationDeadline());
        assertThrows(ConflictException.class, () -> editionAdmin.update(created.getId(), created.getVersion(), form),
                "an editor who saw the earlier version is told, not overwritten");
        try {
            editionAdmin.makeCurrent(moved.getId(), moved.getVersion());
            assertEquals(moved.getId(), editions.current().getId());
            assertFalse(editions.edition(first.getId()).isCurrent(), "one current edition at a time");
        } finally {
            Edition back = editions.edition(first.getId());
            editionAdmin.makeCurrent(back.getId(), back.getVersion()); // the other tests work in the first edition
        }
        assertEquals(first.getId(), editions.current().getId());
        List<String> actions = audit.history("Edition", created.getId()).stream().map(AuditEntry::getAction).toList();
        assertEquals(Set.of("CREATE", "UPDATE", "MAKE_CURRENT"), Set.copyOf(actions));
        assertEquals(3, actions.size(), String.valueOf(actions));
    }

    private static void assertRefused(Executable call, String field, String key) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, call);
        assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals(field) && v.key().equals(key)),
                field + " " + key + ": " + refused.violations());
        refused.violations().forEach(v -> assertFalse(v.message(Locale.SIMPLIFIED_CHINESE).equals(v.message(Locale.ENGLISH)),
                "a message in each language: " + v));
    }

    @Test
    void theSchemaComesFromTheVersionedMigrations() throws Exception {
        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                assertTrue(r.getBoolean(2), "migration " + r.getString(1) + " succeeded");
                applied.add(r.getString(1));
            }
        }
        assertEquals("1", applied.get(0));
    }

    @Test
    @RunAsClient
    void thePublicPortalShowsTheEditionAndItsSixTracksWithoutSignIn() throws Exception {
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        String html = home.body();
        assertTrue(html.contains("首届企校协同创新大赛"));
        assertTrue(html.contains("中小企通〔2023〕49号"));
        for (String code : List.of("SME202301", "SME202302", "SME202303", "SME202304", "SME202305", "SME202306")) {
            assertTrue(html.contains(code), code);
        }
        assertTrue(html.contains("聚焦数字孪生技术和虚拟现实技术打造的数字建造工程应用场景"), "the focus of SME202306");
        assertTrue(html.contains("报名已截止"), "the 2023 registration closed on 2023-09-30");
    }

    @Test
    @RunAsClient
    void theConsoleAsksForSignInFirstAndSendsProtectiveHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("/console/tracks.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, console.statusCode());
        assertTrue(console.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        assertTrue(!console.body().contains("SME202301"), "nothing of the tracks before sign-in");

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("lang=\"zh-CN\""), "Chinese by default");
        assertTrue(login.body().contains("登录"));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("1; mode=block", login.headers().firstValue("X-XSS-Protection").orElseThrow());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").orElseThrow().startsWith("max-age="));
        assertScriptsOnlyByNonce(login);
        HttpResponse<String> portal = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("/index.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertScriptsOnlyByNonce(portal);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("/api/editions/current")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(List.of("default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'; script-src 'self'"), api.headers().allValues("Content-Security-Policy"),
                "the same policy, without a nonce, on what is not a page");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    /**
     * One Content-Security-Policy on the page, which runs scripts from the site itself and those carrying the
     * page's nonce — no inline script or handler otherwise, no eval — and every script of the page carries it.
     */
    private static void assertScriptsOnlyByNonce(HttpResponse<String> page) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy: " + policies);
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)';?$")
                .matcher(policy);
        assertTrue(nonce.find(), "script-src last, the site's scripts and the page's nonce only (no 'unsafe-inline'): "
                + policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce.group(1) + "\""), "a script without the nonce: "
                    + scripts.group());
        }
        assertTrue(count > 0, "the page has scripts, each with the nonce");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(),
                "no inline event handler");
    }

    private Edition firstEdition() {
        return editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow();
    }
}
