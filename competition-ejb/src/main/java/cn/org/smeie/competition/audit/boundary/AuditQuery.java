package cn.org.smeie.competition.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the audit log; a null filter matches everything. Days are Beijing days, both ends
 * included.
 */
public record AuditQuery(String actor, Long trackId, String entityType, String action, LocalDate from, LocalDate to)
        implements Serializable {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
