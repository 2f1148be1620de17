package cn.org.smeie.competition.track.control;

import cn.org.smeie.competition.track.entity.Track;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads tracks without asking who calls: for boundaries that have checked the caller already and
 * for the application's own work (batch jobs started by the committee or the nightly timer).
 * An EJB so that its persistence context resolves in this module when the batch module calls it.
 */
@Stateless
public class TrackQueries {

    @PersistenceContext
    EntityManager em;

    /** Every track of the edition, retired ones too, by code, with their host organizations. */
    public List<Track> tracksOf(long editionId) {
        return em.createNamedQuery(Track.OF_EDITION, Track.class)
                .setParameter("edition", editionId)
                .getResultList();
    }
}
