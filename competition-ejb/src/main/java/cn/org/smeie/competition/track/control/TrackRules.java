package cn.org.smeie.competition.track.control;

import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a track's details obey in their edition: every field present and well formed, the
 * code unique in the edition, the competition day inside the edition's calendar. All refusals
 * are collected and thrown together, before anything is written.
 */
@Dependent
public class TrackRules {

    @Inject
    InputValidator validator;

    @PersistenceContext
    EntityManager em;

    /**
     * Refuses the details unless they may describe a track of {@code edition}.
     *
     * @param self the track being edited, or null for a new one
     */
    public void check(Edition edition, TrackDetails details, Track self) {
        List<Violation> more = new ArrayList<>();
        if (details != null && details.code() != null && codeTaken(edition, details.code(), self)) {
            more.add(new Violation("code", "track.code.taken", details.code()));
        }
        if (details != null && details.competitionDate() != null) {
            (self == null ? edition.violationOfTrackDay(details.competitionDate())
                    : self.violationOfCompetitionDay(details.competitionDate())).ifPresent(more::add);
        }
        validator.check(details, more);
    }

    private boolean codeTaken(Edition edition, String code, Track self) {
        return em.createNamedQuery(Track.BY_CODE, Track.class)
                .setParameter("edition", edition.getId())
                .setParameter("code", code.strip())
                .getResultStream()
                .anyMatch(other -> self == null || !other.getId().equals(self.getId()));
    }
}
