package cn.org.smeie.competition.mail.boundary;

import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.mail.control.MailQueued;
import cn.org.smeie.competition.mail.control.MailTransport;
import cn.org.smeie.competition.mail.entity.MailMessage;
import cn.org.smeie.competition.mail.entity.MailStatus;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.persistence.Jpql;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The committee's view of the outbox: every mail the platform wrote, whether it went out, how many
 * attempts it took and why the last one failed; a mail still waiting or given up can be sent again now.
 */
@Stateless
@DeclareRoles(Role.COMMITTEE_ROLE)
@RolesAllowed(Role.COMMITTEE_ROLE)
public class MailLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MailQueued> queued;

    @Inject
    MailTransport transport;

    public List<MailMessage> search(MailQuery query, int first, int max) {
        return select(MailMessage.class, "select m", query, " order by m.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(MailQuery query) {
        return select(Long.class, "select count(m)", query, "").getSingleResult();
    }

    /** Sends a waiting or given-up mail now (after the commit), with a fresh round of attempts. */
    public MailMessage sendNow(long mailId) {
        MailMessage mail = em.find(MailMessage.class, mailId);
        if (mail == null) {
            throw new NotFoundException("Mail", mailId);
        }
        if (mail.getStatus() == MailStatus.SENT || mail.getStatus() == MailStatus.SENDING) {
            throw new ConflictException("mail.notWaiting", mail.getStatus().name());
        }
        mail.retry(OffsetDateTime.now(AuditTrail.ZONE));
        audit.record("SEND_AGAIN", "Mail", mailId, null, null, mail.getRecipient());
        queued.fire(new MailQueued(mailId));
        return mail;
    }

    /** Where mails go: the SMTP server, or the outbox folder when none is configured. */
    public String destination() {
        return transport.destination();
    }

    private <T> TypedQuery<T> select(Class<T> type, String select, MailQuery query, String order) {
        return new Jpql("from MailMessage m where 1 = 1")
                .andIfPresent("lower(m.recipient) like :recipient", "recipient", Jpql.containing(query.recipient()))
                .andIfPresent("m.status = :status", "status", query.status())
                .query(em, select, type, order);
    }
}
