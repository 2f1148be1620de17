package cn.org.smeie.competition.track.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.organization.control.OrganizationDirectory;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.track.control.TrackQueries;
import cn.org.smeie.competition.track.control.TrackRegistry;
import cn.org.smeie.competition.track.control.TrackRules;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import cn.org.smeie.competition.track.entity.TrackSnapshot;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of tracks: the committee lists, creates, edits, reschedules, retires and reinstates
 * them; a host (or judge) sees only the tracks bound to its account, and a host edits and
 * reschedules its own tracks but not their code or host organization. Every change is checked
 * before anything is written, guarded by the version the caller last saw (so two editors never
 * overwrite each other silently), and audited with the values before and after.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class TrackCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Editions editions;

    @Inject
    TrackRules rules;

    @Inject
    TrackQueries queries;

    @Inject
    CallerScope scope;

    @Inject
    TrackRegistry registry;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AuditTrail audit;

    /** The active tracks of the edition, for everyone: what the notice publishes, contacts included. */
    @PermitAll
    public List<Track> publishedTracks(long editionId) {
        editions.edition(editionId);
        return queries.tracksOf(editionId).stream().filter(Track::isActive).toList();
    }

    /** The tracks of the edition the caller may see (the committee: all, retired ones too), by code. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE})
    public List<Track> tracksOf(long editionId) {
        Optional<Set<Long>> visible = scope.visibleTracks();
        editions.edition(editionId);
        List<Track> all = queries.tracksOf(editionId);
        return visible.map(ids -> all.stream().filter(t -> ids.contains(t.getId())).toList()).orElse(all);
    }

    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE})
    public Track track(long trackId) {
        scope.requireTrack(trackId, "read");
        Track track = em.find(Track.class, trackId);
        if (track == null) {
            throw new NotFoundException("Track", trackId);
        }
        return track;
    }

    @RolesAllowed(COMMITTEE_ROLE)
    public Track create(long editionId, TrackDetails details) {
        scope.caller();
        return registry.add(editions.edition(editionId), details, audit.callerName());
    }

    /** Replaces the details; a host may do so on its own tracks, keeping their code and host organization. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Track update(long trackId, int expectedVersion, TrackDetails input) {
        scope.requireTrack(trackId, "update");
        Track track = current(trackId, expectedVersion);
        TrackDetails details = input == null ? null : input.stripped();
        if (!scope.isCommittee() && details != null && (!track.getCode().equals(details.code())
                || !track.getHostOrganization().getName().equals(details.hostOrganization()))) {
            throw new InvalidInputException(new Violation("code", "track.hostMayNotChange"));
        }
        rules.check(track.getEdition(), details, track);
        TrackSnapshot before = track.snapshot();
        track.describe(details, organizations.findOrRegister(details.hostOrganization(), OrganizationKind.HOST));
        return saved(track, "UPDATE", before);
    }

    /** Moves the track's competition to another day, or to "to be announced" with null. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Track reschedule(long trackId, int expectedVersion, LocalDate day) {
        scope.requireTrack(trackId, "reschedule");
        Track track = current(trackId, expectedVersion);
        track.violationOfCompetitionDay(day).ifPresent(v -> {
            throw new InvalidInputException(v);
        });
        TrackSnapshot before = track.snapshot();
        track.reschedule(day);
        return saved(track, "RESCHEDULE", before);
    }

    /**
     * Extends the track's registration deadline beyond the edition's (local time of the edition),
     * or with null returns it to the edition's. The committee's decision, audited.
     */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE})
    public Track extendRegistration(long trackId, int expectedVersion, LocalDateTime until) {
        scope.requireCommittee("Track", trackId, "extendRegistration");
        Track track = current(trackId, expectedVersion);
        TrackSnapshot before = track.snapshot();
        track.extendRegistration(until);
        return saved(track, "EXTEND_REGISTRATION", before);
    }

    /** Takes the track out of the edition; its history stays. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE})
    public Track retire(long trackId, int expectedVersion) {
        scope.requireCommittee("Track", trackId, "retire");
        Track track = current(trackId, expectedVersion);
        TrackSnapshot before = track.snapshot();
        track.retire();
        return saved(track, "RETIRE", before);
    }

    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE})
    public Track reinstate(long trackId, int expectedVersion) {
        scope.requireCommittee("Track", trackId, "reinstate");
        Track track = current(trackId, expectedVersion);
        TrackSnapshot before = track.snapshot();
        track.reinstate();
        return saved(track, "REINSTATE", before);
    }

    private Track current(long trackId, int expectedVersion) {
        Track track = em.find(Track.class, trackId);
        if (track == null) {
            throw new NotFoundException("Track", trackId);
        }
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
