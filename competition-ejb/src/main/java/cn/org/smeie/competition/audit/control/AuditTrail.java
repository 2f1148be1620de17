package cn.org.smeie.competition.audit.control;

import cn.org.smeie.competition.audit.entity.AuditEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Writes the audit trail inside the caller's transaction, so a change and its record commit or
 * roll back together. Values are stored as JSON.
 */
@Dependent
public class AuditTrail {

    /** Audit times are shown in Beijing time, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The actor of changes made by the application itself (seed data, nightly jobs). */
    public static final String SYSTEM = "system";

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    /** Now, in Beijing time: when a change happens. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(Clock.system(ZONE));
    }

    /** Records a change made by the current caller. */
    public AuditEntry record(String action, String entityType, Object entityId, Long trackId,
                             Object before, Object after) {
        return recordAs(callerName(), action, entityType, entityId, trackId, before, after);
    }

    /** Records a change made on behalf of {@code actor}. */
    public AuditEntry recordAs(String actor, String action, String entityType, Object entityId, Long trackId,
                               Object before, Object after) {
        AuditEntry entry = new AuditEntry(OffsetDateTime.now(Clock.system(ZONE)), actor, action, entityType,
                String.valueOf(entityId), trackId, json(before), json(after));
        em.persist(entry);
        return entry;
    }

    /** The name of the current caller, or "anonymous". */
    public String callerName() {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() ? "anonymous" : name;
    }

    private static String json(Object value) {
        return value == null ? null : JSON.toJson(value);
    }
}
