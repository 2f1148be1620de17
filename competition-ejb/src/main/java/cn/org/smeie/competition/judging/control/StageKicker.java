package cn.org.smeie.competition.judging.control;

import cn.org.smeie.competition.judging.entity.StageChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * After a change of the live stage commits, has it published to the screens. A plain CDI observer
 * (no transactional interceptor runs on the committing thread) that only hands the work to the EJB
 * container's asynchronous pool; a change that rolls back is never shown.
 */
@ApplicationScoped
public class StageKicker {

    @Inject
    StagePublisher publisher;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) StageChanged change) {
        publisher.publish(change.roundId());
    }
}
