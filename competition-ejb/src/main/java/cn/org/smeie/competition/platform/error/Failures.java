package cn.org.smeie.competition.platform.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * What an unexpected failure means to the person who met it: whether trying again shortly may succeed
 * (the database was unreachable, a connection was cut — also when the container found it cut at commit,
 * an {@link XAException} — or a transaction lost a serialization race) or not (a bug). Read from the
 * failure's causes, since the container wraps what the JDBC driver threw.
 */
public final class Failures {

    private Failures() {
    }

    /** Whether a cause of {@code failure} is one that passes: a lost or refused connection, a serialization failure. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException || t instanceof jakarta.resource.ResourceException) {
                return true;
            }
            if (t instanceof XAException xa && !heuristic(xa.errorCode)) {
                // the container could not commit on the resource (e.g. its connection was closed): rolled back
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (transientState(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is the database refusing a row that a unique index already holds (SQLSTATE
     * 23505, on PostgreSQL and H2 alike) — a race lost to another transaction, to be told as a conflict.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return causes(failure).stream()
                .anyMatch(t -> t instanceof SQLException sql && "23505".equals(sql.getSQLState()));
    }

    /** The failure and its causes, outermost first, each once (a chain may loop). */
    private static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** An outcome the resource decided on its own, possibly in part: not one to repeat blindly. */
    private static boolean heuristic(int errorCode) {
        return errorCode == XAException.XA_HEURHAZ || errorCode == XAException.XA_HEURCOM
                || errorCode == XAException.XA_HEURRB || errorCode == XAException.XA_HEURMIX;
    }

    /**
     * SQLSTATE classes that pass: 08 (connection exception), 57P01–57P03 (the server shut down or is
     * starting), 40001 and 40P01 (serialization failure, deadlock: the transaction was rolled back).
     */
    static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("40001") || state.equals("40P01"));
    }
}
