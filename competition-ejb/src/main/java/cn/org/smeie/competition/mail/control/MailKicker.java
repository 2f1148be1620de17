package cn.org.smeie.competition.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * After a transaction that queued a mail commits, has the outbox sent at once, on a thread of the
 * server's managed executor: the committing thread only hands the work over (it is finishing a
 * transaction and calls no transactional bean itself). A rolled-back change queues nothing.
 */
@ApplicationScoped
public class MailKicker {

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailDispatcher dispatcher;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(dispatcher::sendDue);
    }
}
