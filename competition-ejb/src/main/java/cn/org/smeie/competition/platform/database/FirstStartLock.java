package cn.org.smeie.competition.platform.database;

import jakarta.persistence.EntityManager;

/**
 * Serializes the start-up work that fills an empty database (the first edition, the first committee account)
 * across the instances of a deployment group, which start at the same moment on the same database: each takes
 * this row lock in its own transaction before it looks whether the work is needed, so the second instance waits
 * for the first to commit and then finds the work done, instead of doing it again and failing on a unique key.
 * The lock ends with the caller's transaction. On a single server it is taken and released at once.
 */
public final class FirstStartLock {

    private FirstStartLock() {
    }

    /** Takes the lock in the caller's transaction (a row of {@code first_start_lock}, migration V17). */
    public static void hold(EntityManager em) {
        em.createNativeQuery("SELECT id FROM first_start_lock WHERE id = 1 FOR UPDATE").getResultList();
    }
}
