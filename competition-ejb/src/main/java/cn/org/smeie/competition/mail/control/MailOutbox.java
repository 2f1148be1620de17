package cn.org.smeie.competition.mail.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.mail.entity.MailMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sender's side of the outbox, each step in a short transaction of its own so that no database
 * transaction stays open while a mail server is talked to. A mail is claimed by one conditional
 * update: of two senders (two threads, two instances of a cluster) exactly one gets it. A claim
 * older than {@link #CLAIM_TIMEOUT} belonged to a sender that died and may be taken again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailOutbox {

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    /** Ids of mails due now, oldest first; also those whose sender died. */
    public List<Long> due(int max) {
        OffsetDateTime now = now();
        List<Long> due = em.createNamedQuery(MailMessage.DUE, Long.class).setParameter("now", now)
                .setMaxResults(max).getResultList();
        List<Long> stale = em.createNamedQuery(MailMessage.STALE, Long.class)
                .setParameter("before", now.minus(CLAIM_TIMEOUT)).setMaxResults(max).getResultList();
        return stale.isEmpty() ? due : Stream.concat(stale.stream(), due.stream()).distinct().toList();
    }

    /** Takes the mail for this sender, or nothing when another sender has it or it is no longer due. */
    public Optional<MailMessage> claim(long id) {
        OffsetDateTime now = now();
        int taken = em.createNamedQuery(MailMessage.CLAIM).setParameter("id", id).setParameter("now", now)
                .setParameter("before", now.minus(CLAIM_TIMEOUT)).executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        MailMessage mail = em.find(MailMessage.class, id);
        em.refresh(mail);
        em.detach(mail);
        return Optional.of(mail);
    }

    public void sent(long id) {
        em.find(MailMessage.class, id).sent(now());
    }

    public void failed(long id, String error) {
        em.find(MailMessage.class, id).failed(error, now());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(AuditTrail.ZONE);
    }
}
