package cn.org.smeie.competition.dashboard.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.judging.entity.SheetStatus;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.track.control.TrackQueries;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dashboard's figures: the committee sees every track of an edition or one of them, a host the
 * tracks bound to it and no other (asking for another's track is refused like any other reach
 * outside one's scope). A handful of aggregate queries, whatever the number of teams.
 */
@Stateless
@RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
public class Dashboards {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Deadlines passed longer ago than this are left off. */
    static final int PASSED_DAYS = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    TrackQueries tracks;

    /**
     * The overview of an edition: of one track ({@code trackId}), or of every track the caller may see
     * when {@code trackId} is null.
     */
    public Overview overview(long editionId, Long trackId) {
        if (trackId != null) {
            scope.requireTrack(trackId, "dashboard");
        }
        Edition edition = Optional.ofNullable(em.find(Edition.class, editionId))
                .orElseThrow(() -> new NotFoundException("Edition", editionId));
        Optional<Set<Long>> visible = scope.visibleTracks();
        List<Track> counted = tracks.tracksOf(editionId).stream()
                .filter(t -> trackId == null ? visible.map(v -> v.contains(t.getId())).orElse(true)
                        : t.getId().equals(trackId))
                .toList();
        List<Long> ids = counted.stream().map(Track::getId).toList();
        boolean finals = trackId == null && visible.isEmpty();
        List<Round> rounds = rounds(editionId, ids, finals);
        if (ids.isEmpty()) {
            return new Overview(List.of(), byStatus(List.of()), List.of(), 0, 0, 0, progress(rounds),
                    deadlines(edition, counted, rounds));
        }
        Map<OrganizationKind, Long> organizations = organizations(ids);
        return new Overview(counted.stream().map(Track::getCode).toList(), byStatus(ids), submittedByDay(ids),
                organizations.getOrDefault(OrganizationKind.UNIVERSITY, 0L),
                organizations.getOrDefault(OrganizationKind.ENTERPRISE, 0L), members(ids), progress(rounds),
                deadlines(edition, counted, rounds));
    }

    private Map<RegistrationStatus, Long> byStatus(List<Long> ids) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status, 0L);
        }
        if (!ids.isEmpty()) {
            em.createQuery("select r.status, count(r) from Registration r where r.track.id in :tracks"
                            + " group by r.status", Object[].class)
                    .setParameter("tracks", ids)
                    .getResultList()
                    .forEach(row -> counts.put((RegistrationStatus) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** By day in Beijing time, counted here: a database's own date functions differ in their time zones. */
    private List<Overview.DayCount> submittedByDay(List<Long> ids) {
        Map<LocalDate, Long> days = new TreeMap<>();
        em.createQuery("select r.submittedAt from Registration r where r.track.id in :tracks"
                        + " and r.submittedAt is not null", OffsetDateTime.class)
                .setParameter("tracks", ids)
                .getResultList()
                .forEach(at -> days.merge(at.atZoneSameInstant(BEIJING).toLocalDate(), 1L, Long::sum));
        return days.entrySet().stream().map(e -> new Overview.DayCount(e.getKey(), e.getValue())).toList();
    }

    private Map<OrganizationKind, Long> organizations(List<Long> ids) {
        Map<OrganizationKind, Long> counts = new EnumMap<>(OrganizationKind.class);
        em.createQuery("select o.kind, count(distinct o.name) from TeamOrganization o"
                        + " where o.registration.track.id in :tracks and o.registration.status <> :draft"
                        + " group by o.kind", Object[].class)
                .setParameter("tracks", ids)
                .setParameter("draft", RegistrationStatus.DRAFT)
                .getResultList()
                .forEach(row -> counts.put((OrganizationKind) row[0], (Long) row[1]));
        return counts;
    }

    private long members(List<Long> ids) {
        return em.createQuery("select count(m) from Member m where m.registration.track.id in :tracks"
                        + " and m.registration.status <> :draft", Long.class)
                .setParameter("tracks", ids)
                .setParameter("draft", RegistrationStatus.DRAFT)
                .getSingleResult();
    }

    /** The rounds of the tracks, and the finals when asked for. */
    private List<Round> rounds(long editionId, List<Long> ids, boolean finals) {
        List<Round> rounds = new ArrayList<>();
        if (!ids.isEmpty()) {
            rounds.addAll(em.createQuery("select r from Round r join fetch r.track where r.track.id in :tracks"
                    + " order by r.track.code", Round.class).setParameter("tracks", ids).getResultList());
        }
        if (finals) {
            rounds.addAll(em.createQuery("select r from Round r where r.edition.id = :edition and r.kind = :final",
                            Round.class)
                    .setParameter("edition", editionId).setParameter("final", RoundKind.FINAL).getResultList());
        }
        return rounds;
    }

    /** Each round's judges, sheets and submitted sheets: one grouped query for all of them. */
    private List<Overview.RoundProgress> progress(List<Round> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> sheets = new TreeMap<>();
        em.createQuery("select s.round.id, count(distinct s.judge.id), count(s),"
                        + " sum(case when s.status = :submitted then 1 else 0 end)"
                        + " from ScoreSheet s where s.round.id in :rounds group by s.round.id", Object[].class)
                .setParameter("submitted", SheetStatus.SUBMITTED)
                .setParameter("rounds", rounds.stream().map(Round::getId).toList())
                .getResultList()
                .forEach(row -> sheets.put((Long) row[0], row));
        return rounds.stream().map(r -> {
            Object[] row = sheets.get(r.getId());
            return new Overview.RoundProgress(r.getId(), r.getKind(),
                    r.getTrack() == null ? null : r.getTrack().getCode(), r.getStatus(),
                    row == null ? 0 : (Long) row[1], row == null ? 0 : (Long) row[2],
                    row == null ? 0 : ((Number) row[3]).longValue());
        }).toList();
    }

    private List<Overview.Deadline> deadlines(Edition edition, List<Track> counted, List<Round> rounds) {
        List<Overview.Deadline> deadlines = new ArrayList<>();
        deadlines.add(new Overview.Deadline("REGISTRATION", null, edition.closingOf(edition.getRegistrationDeadline())));
        for (Track track : counted) {
            if (track.getRegistrationDeadline() != null) {
                deadlines.add(new Overview.Deadline("REGISTRATION", track.getCode(), track.registrationClosesAt()));
            }
        }
        rounds.stream().filter(r -> r.getScoringClosesAt() != null)
                .forEach(r -> deadlines.add(new Overview.Deadline("SCORING",
                        r.getTrack() == null ? null : r.getTrack().getCode(), edition.closingOf(r.getScoringClosesAt()))));
        Instant cutoff = Instant.now().minusSeconds(PASSED_DAYS * 86_400L);
        return deadlines.stream().filter(d -> d.closesAt().isAfter(cutoff))
                .sorted(Comparator.comparing(Overview.Deadline::closesAt)).toList();
    }
}
