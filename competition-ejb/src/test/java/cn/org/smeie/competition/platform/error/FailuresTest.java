package cn.org.smeie.competition.platform.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aConnectionCutByTheDatabaseServerPasses() {
        // PostgreSQL's pg_terminate_backend: SQLSTATE 57P01, wrapped by EclipseLink and then by the EJB container
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertTrue(Failures.isTransient(new EJBException(new PersistenceException(terminated))));
        assertTrue(Failures.isTransient(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(Failures.isTransient(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(Failures.isTransient(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(Failures.isTransient(new PersistenceException(new SQLException("could not serialize", "40001"))));
    }

    @Test
    void aCommitThatFoundItsConnectionClosedPasses() throws Exception {
        // as Payara reports it: EJBException > SystemException > XAException whose cause is only in its message
        XAException closed = new XAException("jakarta.resource.spi.LocalTransactionException: This connection has been closed.");
        closed.errorCode = XAException.XAER_RMFAIL;
        jakarta.transaction.SystemException system = new jakarta.transaction.SystemException();
        system.initCause(closed);
        assertTrue(Failures.isTransient(new EJBException("Unable to complete container-managed transaction.", system)));
        XAException mixed = new XAException(XAException.XA_HEURMIX);
        assertFalse(Failures.isTransient(new EJBException(new RuntimeException(mixed))));
    }

    @Test
    void aChainedSqlExceptionCounts() {
        SQLException batch = new SQLException("batch entry failed", "22000");
        batch.setNextException(new SQLException("connection lost", "08003"));
        assertTrue(Failures.isTransient(new PersistenceException(batch)));
    }

    @Test
    void aBugOrAViolatedConstraintDoesNotPass() {
        assertFalse(Failures.isTransient(new IllegalStateException("a bug")));
        assertFalse(Failures.isTransient(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(Failures.isTransient(new EJBException(new NullPointerException())));
        assertFalse(Failures.isTransient(null));
    }

    @Test
    void aUniqueIndexRefusingARowIsTold() {
        assertTrue(Failures.isUniqueViolation(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(Failures.isUniqueViolation(new PersistenceException(new SQLException("terminated", "57P01"))));
        assertFalse(Failures.isUniqueViolation(new PersistenceException("no SQL cause")));
    }

    @Test
    void aCauseThatCyclesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Failures.isTransient(a));
    }
}
