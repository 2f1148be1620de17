package cn.org.smeie.competition.judging.control;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which rounds a caller manages: any for the committee; a TRACK round of one of its own tracks for a
 * host; the FINAL round for the committee alone. Asked before anything of the round is read; a refusal
 * is the same for another's round and a made-up id, and is audited.
 */
@Stateless
public class RoundAccess {

    public static final String ROUND = "Round";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    public Round managed(long roundId, String action) {
        Round round = em.find(Round.class, roundId);
        if (round == null) {
            throw scope.deny(ROUND, roundId, action);
        }
        if (round.getKind() == RoundKind.FINAL) {
            scope.requireCommittee(ROUND, roundId, action);
        } else {
            scope.requireTrack(round.getTrack().getId(), action + " round " + roundId);
        }
        return round;
    }
}
