package cn.org.smeie.competition.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sign-in throughput, apart from the registration rush (issue: measured separately, with the password hash's
 * parameters said): team contacts who signed up and confirmed their address beforehand (not timed) sign in at a
 * constant arrival rate that rises step by step (open model) — each a new client without a session, giving its
 * e-mail and password with the API's first call (HTTP Basic on {@code GET /api/registrations}), so the server
 * checks the password against its PBKDF2-HMAC-SHA256 hash (120,000 iterations, {@code Passwords.ITERATIONS}) and
 * opens a session. The baseline before each step: a static file of the same server at the same rate.
 */
public class SignIn extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://localhost:8080");
    private static final Path DATA = Path.of(System.getProperty("load.data", "../../data"));
    private static final int[] RATES = Resources.rates("10,20,40,60");
    private static final int STEP = Integer.getInteger("load.step", 10);
    private static final String PASSWORD = "Load-Contact-2026";
    private static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 31), 36);

    private final List<Seeder.Contact> contacts = new ArrayList<>();
    private final Resources resources = new Resources(System.getProperty("load.serverPid", ""),
            System.getProperty("load.jdbcUrl", ""));
    private int users;

    @Override
    public void before() {
        users = Resources.arrivals(RATES, STEP);
        try {
            contacts.addAll(Seeder.ofEnvironment(BASE, DATA).contacts(RUN, users, PASSWORD, 4));
            resources.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the load test: " + e.getMessage(), e);
        }
    }

    /** What the baseline and the sign-ins cost (not the seeding), as in the other load tests. */
    @Override
    public void after() {
        resources.record(users);
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json").disableCaching();

        ScenarioBuilder baseline = scenario("baseline: static file")
                .exec(http("static file").get("/resources/css/console.css").check(status().is(200)));

        ScenarioBuilder signIn = scenario("sign-in")
                .exec(resources.stepStarts())
                .feed(Seeder.once(contacts, c -> Map.of("authorization", Seeder.basic(c.email(), PASSWORD))))
                .group("sign-in").on(exec(http("first call with the password").get("/api/registrations")
                        .header("Authorization", "#{authorization}").check(status().is(200))));

        setUp(baseline.injectOpen(Resources.steps(RATES, STEP))
                .andThen(signIn.injectOpen(Resources.steps(RATES, STEP)))).protocols(protocol);
    }
}
