package cn.org.smeie.competition.audit.boundary;

import cn.org.smeie.competition.audit.entity.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the audit trail. Nothing here, nor anywhere in the application, changes an entry. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    /** What happened to one entity, oldest first. */
    public List<AuditEntry> history(String entityType, Object entityId) {
        return em.createNamedQuery(AuditEntry.OF_ENTITY, AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
    }
}
