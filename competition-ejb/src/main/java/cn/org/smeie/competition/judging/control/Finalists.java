package cn.org.smeie.competition.judging.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.judging.entity.Finalist;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is in the national finals: teams nominated by the committee and the confirmed first prizes of
 * the tracks, each added once, last in the order of appearance, audited. For boundaries that have
 * checked the caller.
 */
@Stateless
public class Finalists {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The edition's FINAL round, if it was set up. */
    public Optional<Round> finalRoundOf(long editionId) {
        return em.createNamedQuery(Round.BY_SCOPE, Round.class).setParameter("scope", Round.scopeOfFinal(editionId))
                .getResultStream().findFirst();
    }

    /** The edition's FINAL round, set up with the notice's defaults when it was not yet. */
    public Round finalRoundMadeIfMissing(Edition edition) {
        return finalRoundOf(edition.getId()).orElseGet(() -> {
            Round round = Round.finalOf(edition, RoundSettings.defaults());
            em.persist(round);
            em.flush();
            audit.record("CREATE", "Round", round.getId(), null, null, round.snapshot());
            return round;
        });
    }

    /** The finalists of a FINAL round in their order of appearance. */
    public List<Finalist> of(Round round) {
        return new ArrayList<>(em.createNamedQuery(Finalist.OF_ROUND, Finalist.class)
                .setParameter("round", round.getId()).getResultList());
    }

    /** Adds an approved team, last in the order; refused when it is in already. */
    public Finalist add(Round round, Registration team, Finalist.Source source) {
        if (team.getStatus() != RegistrationStatus.APPROVED) {
            throw new ConflictException("judging.team.notApproved", team.getTeamName());
        }
        List<Finalist> finalists = of(round);
        if (finalists.stream().anyMatch(f -> f.getRegistration().getId().equals(team.getId()))) {
            throw new ConflictException("finals.finalist.already", team.getTeamName());
        }
        Finalist finalist = new Finalist(round, team, finalists.size() + 1, source, audit.callerName(),
                OffsetDateTime.now(AuditTrail.ZONE));
        em.persist(finalist);
        em.flush();
        audit.record(source == Finalist.Source.ADVANCED ? "ADVANCE" : "NOMINATE", "Finalist", finalist.getId(), null,
                null, describe(finalist));
        return finalist;
    }

    /** Adds a confirmed first prize of a track, unless it is in already (nominated earlier); returns whether it was added. */
    public boolean advance(Round round, Registration team) {
        if (of(round).stream().anyMatch(f -> f.getRegistration().getId().equals(team.getId()))) {
            return false;
        }
        add(round, team, Finalist.Source.ADVANCED);
        return true;
    }

    public static Map<String, Object> describe(Finalist finalist) {
        Registration team = finalist.getRegistration();
        return Map.of("registration", team.getId(), "team", team.getTeamName(), "track", team.getTrack().getCode(),
                "position", finalist.getPosition(), "source", finalist.getSource().name());
    }
}
