package cn.org.smeie.competition.mail.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox: right after a commit that queued a mail ({@link MailKicker}), and every 20 seconds for the mails
 * whose pause after a failed attempt is over. One round at a time per instance (a request for a
 * round while one runs makes that one go round again); across instances the outbox's claims keep
 * a mail from being sent twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    /** Mails claimed per query: small, so that an urgent mail queued meanwhile waits for few others. */
    private static final int BATCH = 20;

    @Inject
    MailOutbox outbox;

    @Inject
    MailTransport transport;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** A round in the background, on the EJB container's asynchronous pool (see {@link MailKicker}). */
    @Asynchronous
    public void sendSoon() {
        sendDue();
    }

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false, info = "mail outbox")
    public void sendDue() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                List<Long> due;
                do {
                    due = outbox.due(BATCH);
                    due.forEach(this::sendOne);
                } while (due.size() == BATCH);
            } finally {
                running.set(false);
            }
        }
    }

    private void sendOne(long id) {
        outbox.claim(id).ifPresent(mail -> {
            try {
                transport.deliver(mail);
                outbox.sent(id);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Mail {0} to {1} not sent: {2}",
                        new Object[] {id, mail.getRecipient(), e.toString()});
                outbox.failed(id, e.toString());
            }
        });
    }
}
