package cn.org.smeie.competition.audit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Records a refused access in a transaction of its own: the refusal rolls the caller's transaction
 * back, but the record of it must stay.
 */
@Stateless
public class DenialRecorder {

    private static final Logger LOG = Logger.getLogger(DenialRecorder.class.getName());

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String entityType, Object entityId, String action) {
        LOG.warning(() -> "Access denied: " + actor + " tried " + action + " on " + entityType + " " + entityId);
        Long trackId = "Track".equals(entityType) && entityId instanceof Long id ? id : null;
        audit.recordAs(actor, "DENIED", entityType, entityId == null ? "-" : entityId, trackId, null, action);
    }
}
