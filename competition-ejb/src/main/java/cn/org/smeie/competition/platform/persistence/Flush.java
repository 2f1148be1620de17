package cn.org.smeie.competition.platform.persistence;

import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.Failures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;

/** Writing the pending changes where a unique index may decide a race between two transactions. */
public final class Flush {

    private Flush() {
    }

    /**
     * Flushes; a row that a unique index already holds (another transaction was first) becomes the
     * {@code conflict} to tell; any other failure — a cut connection, a bug — passes on as it is, so that it is
     * never told as someone else's doing.
     */
    public static void orConflict(EntityManager em, Supplier<ConflictException> conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Failures.isUniqueViolation(e)) {
                throw e;
            }
            throw conflict.get();
        }
    }
}
