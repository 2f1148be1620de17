package cn.org.smeie.competition.reliability;

import cn.org.smeie.competition.it.InDoubt;
import cn.org.smeie.competition.platform.database.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * {@link TwoPhaseCrashIT}'s transaction, as a batch chunk's is: container-managed, writing a row to the
 * application's database and to the job repository, with a third participant that halts the server when told
 * to commit.
 */
@Stateless
public class TwoPhaseWriter {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource application;

    @Resource(lookup = InDoubt.JOB_REPOSITORY)
    DataSource jobRepository;

    public void writeBothAndHaltWhileCommitting(String token) throws Exception {
        TransactionManager transactions = InitialContext.doLookup("java:appserver/TransactionManager");
        transactions.getTransaction().enlistResource(new HaltOnCommit());
        insert(jobRepository, token);
        insert(application, token);
    }

    private static void insert(DataSource database, String token) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + TwoPhaseCrashIT.TABLE + " VALUES (?)")) {
            insert.setString(1, token);
            insert.executeUpdate();
        }
    }

    /**
     * A participant that prepares like any other and halts the JVM when told to commit (no shutdown hook, no
     * flush: kill -9 at the worst moment). Enlisted first, so it is told first: the commit is decided and
     * logged, the job repository holds the transaction prepared, and the application's database, when it is a
     * non-XA resource, has committed as the last agent.
     */
    static final class HaltOnCommit implements XAResource {

        @Override
        public void commit(Xid xid, boolean onePhase) {
            Runtime.getRuntime().halt(137);
        }

        @Override
        public int prepare(Xid xid) {
            return XA_OK;
        }

        @Override
        public void start(Xid xid, int flags) {
        }

        @Override
        public void end(Xid xid, int flags) {
        }

        @Override
        public void rollback(Xid xid) {
        }

        @Override
        public void forget(Xid xid) {
        }

        @Override
        public Xid[] recover(int flag) {
            return new Xid[0];
        }

        @Override
        public boolean isSameRM(XAResource other) {
            return other == this;
        }

        @Override
        public int getTransactionTimeout() {
            return 0;
        }

        @Override
        public boolean setTransactionTimeout(int seconds) {
            return false;
        }
    }
}
