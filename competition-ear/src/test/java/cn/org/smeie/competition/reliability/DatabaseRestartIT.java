package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.ServerProcess;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault campaign, PostgreSQL restarted mid-traffic (PostgreSQL only). The server is moved onto a PostgreSQL of
 * the test's own ({@link PrivatePostgres}: the machine's database is not the test's to stop), and while team
 * contacts register over the REST API the database is restarted twice: once cleanly ({@code pg_ctl restart -m
 * fast}: sessions ended, the server down for a moment) and once as a crash ({@code -m immediate}: recovery from
 * the write-ahead log at start).
 * <p>
 * Invariant: while the database is away every request fails with a clear, retryable answer — 503, a
 * {@code Retry-After}, the problem {@code error.unavailable}, no stack trace — and nothing else; the pool finds
 * the database again by itself; every contact, carrying on, ends with one whole registration, nothing
 * half-written, nothing twice. Last, the server goes back to the suite's database.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:postgresql:.*")
class DatabaseRestartIT {

    private static final Logger LOG = Logger.getLogger(DatabaseRestartIT.class.getName());
    private static final String DATABASE = "competition_restart";
    private static final int CONTACTS = 60;
    private static final int THREADS = 6;
    /** Tries of one contact, a quarter of a second apart, before the pool counts as not recovering. */
    private static final int ATTEMPTS = 120;
    private static final String STATE = "database-restart-it.properties";

    /** The test's own PostgreSQL, between the client steps (they run in the tests' JVM). */
    private static PrivatePostgres postgres;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistrationStorm.deployment(DatabaseRestartIT.class, PrivatePostgres.class);
    }

    @Inject
    RegistrationRecords records;

    @Test
    @Order(1)
    @RunAsClient
    void theServerMovesOntoADatabaseOfTheTestsOwn() throws Exception {
        postgres = PrivatePostgres.start(DATABASE);
        Map<String, String> moved = new HashMap<>(ServerProcess.environment());
        moved.put("DB_URL", postgres.url(DATABASE));
        moved.put("DB_USER", "postgres");
        moved.put("DB_PASSWORD", "");
        ServerProcess.stop();
        ServerProcess.start(moved);
    }

    @Test
    @Order(2)
    void contactsAndAnOpenTrack() throws Exception {
        assertTrue(System.getenv("DB_URL").endsWith("/" + DATABASE), "the server runs on the test's database: "
                + System.getenv("DB_URL"));
        ServerProcess.keep(STATE, RegistrationStorm.openTrackAndContacts(CONTACTS));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theDatabaseIsRestartedWhileTeamsRegisterAndTheServerCarriesOn() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        RegistrationStorm storm = RegistrationStorm.patient(state, THREADS, ATTEMPTS);
        // once a quarter of the contacts have begun, a clean restart; at half, a crash
        awaitBegun(storm.waiting, CONTACTS / 4);
        long fast = System.nanoTime();
        postgres.restart("fast");
        long fastMillis = (System.nanoTime() - fast) / 1_000_000;
        awaitBegun(storm.waiting, CONTACTS / 2);
        long immediate = System.nanoTime();
        postgres.restart("immediate");
        long immediateMillis = (System.nanoTime() - immediate) / 1_000_000;
        storm.finish(state);
        String figures = String.format("2 restarts (fast: down %d ms, immediate: down %d ms); %d requests sent,"
                        + " %d answered 503 (retried), %d otherwise unexpected", fastMillis, immediateMillis,
                storm.sent.get(), storm.unavailable.get(), storm.unexpected.size());
        LOG.info(() -> "DatabaseRestartIT: " + figures);
        state.setProperty("figures", figures);
        ServerProcess.keep(STATE, state);
        assertEquals(List.of(), List.copyOf(storm.unexpected), "every failure a clear 503, every contact done");
        assertTrue(storm.unavailable.get() > 0, "the restarts were felt by the teams: " + figures);
    }

    @Test
    @Order(4)
    void everyContactHasOneWholeRegistration() throws Exception {
        records.assertOneWholeEach(ServerProcess.recall(STATE), CONTACTS, "DatabaseRestartIT");
        Caller.signOut();
    }

    @Test
    @Order(5)
    @RunAsClient
    void theServerGoesBackToTheSuitesDatabase() throws Exception {
        ServerProcess.forget(STATE);
        ServerProcess.stop();
        ServerProcess.start(ServerProcess.environment());
        if (postgres != null) {
            postgres.destroy();
            postgres = null;
        }
    }

    /** Waits until {@code begun} contacts have been taken up by the workers (or all have). */
    private static void awaitBegun(Queue<String> waiting, int begun) throws InterruptedException {
        while (waiting.size() > CONTACTS - begun) {
            Thread.sleep(5);
        }
    }
}
