package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.org.smeie.competition.it.CrashTest;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.InDoubt;
import cn.org.smeie.competition.it.ServerProcess;
import cn.org.smeie.competition.platform.database.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server dies between the two phases of a commit, on purpose rather than by luck. A chunk of a batch job
 * writes the application's database and the job repository in one transaction; a kill -9 can come after both
 * were asked to prepare and before they were told to commit (found so once, by chance: {@code AggregationCrashIT}
 * on H2, whose restarted job then waited on rows an undecided transaction kept locked). Here one transaction
 * writes a row to each database and carries a third participant whose commit halts the JVM: the transaction
 * manager has decided to commit and not yet told the job repository. After the start, both rows are there (the
 * decision is kept and carried out) and neither database holds a transaction in doubt.
 *
 * <p>Before the fix, on H2: both databases kept the transaction prepared, for good. With the transaction service
 * recovering at start: the job repository's was completed, the application's (an XA data source defined by the
 * application, which the start-up recovery does not reach) stayed. With H2 as a non-XA data source as
 * PostgreSQL's is (it commits as the transaction's last agent, before the others are told), neither.</p>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoPhaseCrashIT extends CrashTest {

    private static final Logger LOG = Logger.getLogger(TwoPhaseCrashIT.class.getName());
    private static final String STATE = "two-phase-crash-it.properties";
    static final String TABLE = "IT_TWO_PHASE";
    private static final Duration HALT_AFTER = Duration.ofSeconds(2);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(TwoPhaseCrashIT.class, TwoPhaseWriter.class);
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource application;

    @Resource(lookup = InDoubt.JOB_REPOSITORY)
    DataSource jobRepository;

    @Resource
    ManagedExecutorService executor;

    @EJB
    TwoPhaseWriter writer;

    @Test
    @Order(1)
    void aTransactionOverBothDatabasesDiesWhileCommitting() throws Exception {
        String token = UUID.randomUUID().toString();
        inBoth("CREATE TABLE IF NOT EXISTS " + TABLE + " (token VARCHAR(36) PRIMARY KEY)");
        Properties state = new Properties();
        state.setProperty("token", token);
        ServerProcess.keep(STATE, state);
        // later than this request's answer, which the test runner waits for
        executor.submit(() -> {
            Thread.sleep(HALT_AFTER.toMillis());
            writer.writeBothAndHaltWhileCommitting(token);
            return null;
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerHaltedAndIsStartedAgain() throws Exception {
        ServerProcess.awaitEnd(HALT_AFTER.plusMinutes(1));
        ServerProcess.start();
    }

    @Test
    @Order(3)
    void bothRowsAreCommittedAndNothingIsLeftInDoubt() throws Exception {
        String token = ServerProcess.recall(STATE).getProperty("token");
        List<String> inDoubt = InDoubt.transactions();
        List<String> committed = new ArrayList<>();
        for (DataSource database : List.of(application, jobRepository)) {
            if (holds(database, token)) {
                committed.add(database == application ? "application" : "job repository");
            }
        }
        LOG.info(() -> "TwoPhaseCrashIT: halted between the phases; after the start committed in " + committed
                + ", in doubt " + inDoubt);
        assertEquals(List.of(), inDoubt, "transactions prepared and never decided");
        assertEquals(List.of("application", "job repository"), committed,
                "the transaction's decision (commit) carried out in both databases");
        inBoth("DROP TABLE " + TABLE);
        ServerProcess.forget(STATE);
    }

    private void inBoth(String sql) throws SQLException {
        for (DataSource database : List.of(application, jobRepository)) {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private static boolean holds(DataSource database, String token) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT token FROM " + TABLE + " WHERE token = ?")) {
            select.setString(1, token);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
