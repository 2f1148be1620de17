package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.results.entity.Award;
import cn.org.smeie.competition.results.entity.AwardStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The awards that hold: those of rounds whose awards the committee has confirmed. What happens after
 * the finals (recommendations, publicity, support) is for the teams these name, and no others.
 */
@Dependent
public class ConfirmedAwards {

    private static final String CONFIRMED = "select a from Award a join fetch a.registration r join fetch r.track"
            + " where exists (select p from ResultPlan p where p.roundId = a.round.id and p.awardStatus = :confirmed)";

    @PersistenceContext
    EntityManager em;

    /**
     * The confirmed prizes of the edition's national finals, by rank; their teams' members come with
     * them in one more query (who may be recommended), not one per team.
     */
    public List<Award> ofFinals(long editionId) {
        return em.createQuery(CONFIRMED + " and a.round.kind = :final and a.round.edition.id = :edition"
                        + " order by a.rank, a.id", Award.class)
                .setParameter("confirmed", AwardStatus.CONFIRMED).setParameter("final", RoundKind.FINAL)
                .setParameter("edition", editionId)
                .setHint("eclipselink.batch", "a.registration.members").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** The confirmed prizes of a team, in any round (its track's and the finals'). */
    public List<Award> ofRegistration(long registrationId) {
        return em.createQuery(CONFIRMED + " and r.id = :registration order by a.round.kind desc, a.rank", Award.class)
                .setParameter("confirmed", AwardStatus.CONFIRMED).setParameter("registration", registrationId)
                .getResultList();
    }
}
