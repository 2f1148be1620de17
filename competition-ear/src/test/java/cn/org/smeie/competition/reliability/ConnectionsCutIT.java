package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.ServerProcess;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
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
 * Fault campaign, database connections cut mid-traffic (PostgreSQL only: the embedded H2 has no
 * connections to cut). Team contacts register over the REST API while, every {@value #CUT_EVERY_MILLIS} ms,
 * every connection the server holds to PostgreSQL is terminated from the database's side
 * ({@code pg_terminate_backend}, as a database failover or a network cut does); then the cuts stop.
 * <p>
 * Invariant: a request that meets a cut connection fails with a clear, retryable answer — 503, a
 * {@code Retry-After}, the problem {@code error.unavailable} in Chinese with an incident number, no stack trace
 * or driver message — and nothing else; the pool replaces the cut connections by itself, so every contact, asking
 * what the server has and doing what is missing, ends with one whole registration; nothing half-written, nothing
 * twice (checked from the records as in {@link RegistrationCrashIT}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:postgresql:.*")
class ConnectionsCutIT {

    private static final Logger LOG = Logger.getLogger(ConnectionsCutIT.class.getName());
    private static final int CONTACTS = 40;
    private static final int THREADS = 6;
    private static final int CUTS = 8;
    private static final int CUT_EVERY_MILLIS = 300;
    /** Tries of one contact, a quarter of a second apart, before the pool counts as not recovering. */
    private static final int ATTEMPTS = 60;
    private static final String STATE = "connections-cut-it.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistrationStorm.deployment(ConnectionsCutIT.class);
    }

    @Inject
    RegistrationRecords records;

    @Test
    @Order(1)
    void contactsAndAnOpenTrack() throws Exception {
        ServerProcess.keep(STATE, RegistrationStorm.openTrackAndContacts(CONTACTS));
    }

    @Test
    @Order(2)
    @RunAsClient
    void connectionsAreCutWhileTeamsRegisterAndThePoolRecovers() throws Exception {
        Properties state = ServerProcess.recall(STATE);
        RegistrationStorm storm = RegistrationStorm.patient(state, THREADS, ATTEMPTS);
        int terminated = 0;
        int cuts = 0;
        long lastCut = 0;
        try (Connection admin = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); Statement cut = admin.createStatement()) {
            while (cuts < CUTS && !storm.waiting.isEmpty()) {
                Thread.sleep(CUT_EVERY_MILLIS);
                try (ResultSet r = cut.executeQuery("select count(*) filter (where pg_terminate_backend(pid))"
                        + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
                    r.next();
                    terminated += r.getInt(1);
                }
                cuts++;
                lastCut = System.nanoTime();
            }
        }
        storm.finish(state);
        long recoveredAfter = storm.lastUnavailable > lastCut ? (storm.lastUnavailable - lastCut) / 1_000_000 : 0;
        String figures = String.format("%d cuts, %d connections terminated; %d requests sent, %d answered 503"
                        + " (retried), %d otherwise unexpected; last 503 %d ms after the last cut",
                cuts, terminated, storm.sent.get(), storm.unavailable.get(), storm.unexpected.size(), recoveredAfter);
        LOG.info(() -> "ConnectionsCutIT: " + figures);
        state.setProperty("figures", figures);
        ServerProcess.keep(STATE, state);
        assertEquals(List.of(), List.copyOf(storm.unexpected), "every failure a clear 503, every contact done");
        // a cut may find no connection open (the pool had just replaced them all): enough cuts must have hit some
        assertTrue(cuts >= 3 && terminated >= 3, "connections were cut while teams registered: " + figures);
    }

    @Test
    @Order(3)
    void everyContactHasOneWholeRegistration() throws Exception {
        records.assertOneWholeEach(ServerProcess.recall(STATE), CONTACTS, "ConnectionsCutIT");
        ServerProcess.forget(STATE);
    }
}
