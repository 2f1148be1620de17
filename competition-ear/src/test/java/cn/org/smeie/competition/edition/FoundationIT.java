package cn.org.smeie.competition.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.edition.control.EditionSeed;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.organization.entity.Organization;
import cn.org.smeie.competition.platform.database.DatabaseMigration;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    private Edition firstEdition() {
        return editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow();
    }
}
