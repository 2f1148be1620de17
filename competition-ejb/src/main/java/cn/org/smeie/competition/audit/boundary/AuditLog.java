package cn.org.smeie.competition.audit.boundary;

import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.platform.persistence.Jpql;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Reads the audit trail (committee only). Nothing here, nor anywhere in the application, changes an entry. */
@Stateless
@DeclareRoles({Role.COMMITTEE_ROLE, Role.HOST_ROLE, Role.JUDGE_ROLE, Role.TEAM_ROLE})
@RolesAllowed(Role.COMMITTEE_ROLE)
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

    /** A page of the entries that match, newest first. */
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        return select(AuditEntry.class, "select a", query, " order by a.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(AuditQuery query) {
        return select(Long.class, "select count(a)", query, "").getSingleResult();
    }

    /** The entity types that occur, for the filters of the page. */
    public List<String> entityTypes() {
        return em.createQuery("select distinct a.entityType from AuditEntry a order by a.entityType", String.class)
                .getResultList();
    }

    /** The actions that occur, for the filters of the page. */
    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> select(Class<T> type, String select, AuditQuery query, String order) {
        return new Jpql("from AuditEntry a where 1 = 1")
                .andIfPresent("lower(a.actor) like :actor", "actor", Jpql.containing(query.actor()))
                .andIfPresent("a.trackId = :track", "track", query.trackId())
                .andIfPresent("a.entityType = :type", "type", query.entityType())
                .andIfPresent("a.action = :action", "action", query.action())
                .andIfPresent("a.occurredAt >= :from", "from", query.from() == null ? null
                        : query.from().atStartOfDay(AuditTrail.ZONE).toOffsetDateTime())
                .andIfPresent("a.occurredAt < :to", "to", query.to() == null ? null
                        : query.to().plusDays(1).atStartOfDay(AuditTrail.ZONE).toOffsetDateTime())
                .query(em, select, type, order);
    }
}
