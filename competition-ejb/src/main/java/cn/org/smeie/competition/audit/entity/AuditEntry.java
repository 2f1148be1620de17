package cn.org.smeie.competition.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One change to data that matters: who did what to which entity, when, and the values before
 * and after (JSON). Rows are only ever inserted: the class has no setter and the application
 * no update or delete of this table.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.OF_ENTITY,
        query = "select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.id")
public class AuditEntry {

    public static final String OF_ENTITY = "AuditEntry.ofEntity";

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 50)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 50)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 50)
    private String entityId;

    /** The track the entity belongs to, so a track's history can be read on its own. */
    @Column(name = "track_id", updatable = false)
    private Long trackId;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected AuditEntry() {
    }

    public AuditEntry(OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
                      Long trackId, String oldValue, String newValue) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.trackId = trackId;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public Long getTrackId() {
        return trackId;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
