package cn.org.smeie.competition.platform.persistence;

import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * The two steps every boundary takes around a change: find what it changes (or say it is not there),
 * and write the change now, telling a concurrent change of the same record as a stale version rather
 * than as a failure.
 */
@Dependent
public class Store {

    @PersistenceContext
    EntityManager em;

    /** The record, or {@link NotFoundException} naming {@code name} and the id. */
    public <T> T find(Class<T> type, String name, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(name, id);
        }
        return found;
    }

    /** Writes the pending changes; another caller's change of the same record in the meantime is a stale version of {@code what}. */
    public void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(what);
        }
    }
}
