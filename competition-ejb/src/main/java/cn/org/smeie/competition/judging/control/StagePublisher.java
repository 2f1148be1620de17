package cn.org.smeie.competition.judging.control;

import cn.org.smeie.competition.judging.entity.LiveStage;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.StageView;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Publishes the live stage to the screens: once a change has committed ({@link StageKicker}) it reads
 * the stage afresh, in a transaction of its own on the container's asynchronous pool, and fires the
 * {@link StageView} that the web layer pushes. Views are built and fired one at a time (the
 * singleton's write lock), each from committed data, so the last one out always shows every change
 * before it: two judges submitting at once never leave the screens on a view that lacks one of them.
 */
@Singleton
@Startup // made at deployment: never first on the committing thread of a change
public class StagePublisher {

    @PersistenceContext
    EntityManager em;

    @Inject
    StageBoard board;

    @Inject
    Event<StageView> views;

    @Asynchronous
    @Lock(LockType.WRITE)
    public void publish(long roundId) {
        Round round = em.find(Round.class, roundId);
        LiveStage stage = em.find(LiveStage.class, roundId);
        if (round != null && stage != null) {
            views.fire(board.view(round, stage));
        }
    }
}
