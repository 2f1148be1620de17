package cn.org.smeie.competition.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The registration rush on the last day (issue: ≥ 200 submissions/s, p95 < 200 ms, no errors, 2 cores,
 * PostgreSQL): team contacts who are signed in already create their registration (three members, a
 * university and an enterprise), attach a small PDF and submit it — three requests, timed together as
 * the group "registration" — arriving at a constant rate that rises step by step (open model: arrivals
 * do not wait for the server). Before it, the baseline: a static file of the same server at the same
 * arrival rates. Sign-in is not part of it (its cost is the password hash, measured apart: see bench/README.md).
 */
public class RegistrationRush extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://localhost:8080");
    private static final Path DATA = Path.of(System.getProperty("load.data", "../../data"));
    /** Arrival rates of the steps, submissions per second, each held {@link #STEP} seconds. */
    private static final int[] RATES = Resources.rates("50,100,150,200");
    private static final int STEP = Integer.getInteger("load.step", 10);
    private static final String PASSWORD = "Load-Contact-2026";
    private static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 31), 36);
    /** A one-page PDF: the materials a team attaches. */
    private static final byte[] PDF = onePagePdf();

    private final List<Seeder.Contact> contacts = new ArrayList<>();
    private long track;
    private final Resources resources = new Resources(System.getProperty("load.serverPid", ""),
            System.getProperty("load.jdbcUrl", ""));
    private int users;

    /**
     * What the baseline and the rush cost (not the seeding): the server's, PostgreSQL's, the load
     * generator's and the machine's CPU, and the database's work per registration, as table cells to
     * the file {@code load.resourcesFile}.
     */
    @Override
    public void after() {
        resources.record(users);
    }

    @Override
    public void before() {
        users = Resources.arrivals(RATES, STEP);
        try {
            Seeder seeder = Seeder.ofEnvironment(BASE, DATA);
            track = seeder.openTrack("LOAD" + RUN.toUpperCase());
            contacts.addAll(seeder.contacts(RUN, users + 50, PASSWORD, 4));
            resources.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the load test: " + e.getMessage(), e);
        }
    }

    private static final String TEAM = "{\"teamName\":\"压测队 #{run}-#{i}\",\"projectTitle\":\"产线缺陷检测\","
            + "\"problemStatement\":\"企业难题：产线缺陷难以实时发现\",\"resultSummary\":\"检测原型\","
            + "\"organizations\":[{\"name\":\"哈尔滨工业大学\",\"kind\":\"UNIVERSITY\"},"
            + "{\"name\":\"华为技术有限公司\",\"kind\":\"ENTERPRISE\",\"creditCode\":\"914403001922038216\"}],"
            + "\"members\":["
            + "{\"name\":\"张喆\",\"kind\":\"STUDENT\",\"organization\":\"哈尔滨工业大学\",\"email\":\"s#{i}.#{run}@hit.edu.cn\","
            + "\"mobile\":\"#{studentMobile}\",\"presenter\":true},"
            + "{\"name\":\"李琨\",\"kind\":\"TEACHER\",\"organization\":\"哈尔滨工业大学\",\"email\":\"t#{i}.#{run}@hit.edu.cn\","
            + "\"mobile\":\"#{teacherMobile}\",\"presenter\":false},"
            + "{\"name\":\"王淼\",\"kind\":\"ENTERPRISE_EXPERT\",\"organization\":\"华为技术有限公司\","
            + "\"email\":\"e#{i}.#{run}@huawei.com\",\"mobile\":\"#{expertMobile}\",\"presenter\":false}]}";

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
                .disableCaching();

        ScenarioBuilder baseline = scenario("baseline: static file")
                .exec(http("static file").get("/resources/css/console.css").check(status().is(200)));

        ScenarioBuilder rush = scenario("registration rush")
                .exec(resources.stepStarts())
                .feed(Seeder.once(contacts, c -> {
                    Map<String, Object> user = new HashMap<>(c.session().attributes());
                    user.putAll(Map.of("i", c.index(), "track", track, "run", RUN));
                    return user;
                }))
                .exec(session -> {
                    int i = session.getInt("i");
                    return session.set("studentMobile", String.format("130%08d", i))
                            .set("teacherMobile", String.format("131%08d", i))
                            .set("expertMobile", String.format("132%08d", i));
                })
                .exec(SessionCookies.resume(BASE))
                .group("registration").on(exec(
                        http("create").post("/api/registrations?track=#{track}").body(StringBody(TEAM)).asJson()
                                .check(status().is(201), jsonPath("$.id").saveAs("id"),
                                        jsonPath("$.version").saveAs("version")),
                        http("material").post("/api/registrations/#{id}/materials?name=plan.pdf")
                                .header("Content-Type", "application/pdf").body(ByteArrayBody(PDF))
                                .check(status().is(201)),
                        http("submit").post("/api/registrations/#{id}/submission").header("If-Match", "#{version}")
                                .check(status().is(200))));

        setUp(baseline.injectOpen(Resources.steps(RATES, STEP))
                .andThen(rush.injectOpen(Resources.steps(RATES, STEP)))).protocols(protocol);
    }

    private static byte[] onePagePdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
