package cn.org.smeie.competition.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * After a transaction that queued a mail commits, has the outbox sent at once. A plain CDI observer
 * (no transactional interceptor runs on the committing thread) that only hands the work to the EJB
 * container's asynchronous pool. A rolled-back change queues nothing.
 */
@ApplicationScoped
public class MailKicker {

    @Inject
    MailDispatcher dispatcher;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        dispatcher.sendSoon();
    }
}
