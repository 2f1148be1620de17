package cn.org.smeie.competition.track.boundary;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.organization.control.OrganizationDirectory;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.track.control.TrackRegistry;
import cn.org.smeie.competition.track.control.TrackRules;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import cn.org.smeie.competition.track.entity.TrackSnapshot;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The committee's catalogue of tracks: lists the tracks of an edition and creates, edits,
 * reschedules, retires and reinstates them. Every change is checked before anything is written,
 * guarded by the version the caller last saw (so two editors never overwrite each other
 * silently), and audited with the values before and after.
 */
@Stateless
public class TrackCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Editions editions;

    @Inject
    TrackRules rules;

    @Inject
    TrackRegistry registry;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AuditTrail audit;

    /** Every track of the edition, retired ones too, by code. */
    public List<Track> tracksOf(long editionId) {
        editions.edition(editionId);
        return em.createNamedQuery(Track.OF_EDITION, Track.class)
                .setParameter("edition", editionId)
                .getResultList();
    }

    public Track track(long trackId) {
        Track track = em.find(Track.class, trackId);
        if (track == null) {
            throw new NotFoundException("Track", trackId);
        }
        return track;
    }

    public Track create(long editionId, TrackDetails details) {
        return registry.add(editions.edition(editionId), details, audit.callerName());
    }

    public Track update(long trackId, int expectedVersion, TrackDetails input) {
        Track track = current(trackId, expectedVersion);
        TrackDetails details = input == null ? null : input.stripped();
        rules.check(track.getEdition(), details, track);
        TrackSnapshot before = track.snapshot();
        track.describe(details, organizations.findOrRegister(details.hostOrganization(), OrganizationKind.HOST));
        return saved(track, "UPDATE", before);
    }

    /** Moves the track's competition to another day, or to "to be announced" with null. */
    public Track reschedule(long trackId, int expectedVersion, LocalDate day) {
        Track track = current(trackId, expectedVersion);
        rules.violationOfDay(track.getEdition(), day).ifPresent(v -> {
            throw new InvalidInputException(v);
        });
        TrackSnapshot before = track.snapshot();
        track.reschedule(day);
        return saved(track, "RESCHEDULE", before);
    }

    /** Takes the track out of the edition; its history stays. */
    public Track retire(long trackId, int expectedVersion) {
        Track track = current(trackId, expectedVersion);
        TrackSnapshot before = track.snapshot();
        track.retire();
        return saved(track, "RETIRE", before);
    }

    public Track reinstate(long trackId, int expectedVersion) {
        Track track = current(trackId, expectedVersion);
        TrackSnapshot before = track.snapshot();
        track.reinstate();
        return saved(track, "REINSTATE", before);
    }

    private Track current(long trackId, int expectedVersion) {
        Track track = track(trackId);
        if (track.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(track.getCode());
        }
        return track;
    }

    private Track saved(Track track, String action, TrackSnapshot before) {
        em.flush();
        audit.record(action, TrackRegistry.AUDIT_TYPE, track.getId(), track.getId(), before, track.snapshot());
        return track;
    }

}
