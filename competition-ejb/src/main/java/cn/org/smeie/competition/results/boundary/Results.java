package cn.org.smeie.competition.results.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.judging.control.RoundAccess;
import cn.org.smeie.competition.judging.control.Finalists;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.platform.validation.PersonName;
import cn.org.smeie.competition.platform.validation.Reasons;
import cn.org.smeie.competition.results.control.Aggregation;
import cn.org.smeie.competition.results.control.RankingChanges;
import cn.org.smeie.competition.results.control.RankingRows;
import cn.org.smeie.competition.results.control.ReportFolder;
import cn.org.smeie.competition.results.entity.Award;
import cn.org.smeie.competition.results.entity.Honor;
import cn.org.smeie.competition.results.entity.HonorForm;
import cn.org.smeie.competition.results.entity.Prize;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.RankingRow;
import cn.org.smeie.competition.results.entity.RankingRule;
import cn.org.smeie.competition.results.entity.RankingSnapshot;
import cn.org.smeie.competition.results.entity.ResultPlan;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Results (评审结果): how each round ranks (the committee's rule), its ranking snapshots, and its awards
 * — proposed from the latest snapshot under the committee's quotas, reviewed by the track's host,
 * confirmed and locked by the committee, the confirmed first prizes of a track advancing to the
 * finals; and the honours of organizing units and staff. A host reaches only its own tracks' rounds
 * and honours; the finals are the committee's. Every change is audited.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class Results {

    static final String ROUND = "Round";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    RoundAccess rounds;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Aggregation aggregation;

    @Inject
    Finalists finalists;

    @Inject
    RankingRows rankingRows;

    @Inject
    ReportFolder reportFolder;

    // ---- plans --------------------------------------------------------------------------------

    /** The round's ranking rule, quotas and the state of its awards. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public ResultPlan plan(long roundId) {
        return aggregation.planOf(managed(roundId, "readPlan"));
    }

    /** A new ranking rule (committee); its tie-breaks name the round's criteria. */
    @RolesAllowed(COMMITTEE_ROLE)
    public ResultPlan setRule(long roundId, int expectedVersion, RankingRule rule) {
        Round round = managed(roundId, "setRule");
        ResultPlan plan = current(aggregation.planOf(round), expectedVersion);
        if (rule == null) {
            throw new InvalidInputException(new Violation("rule", "validation.required"));
        }
        List<String> criteria = round.criterionCodes();
        for (RankingRule.TieBreak t : rule.tieBreaks()) {
            if (t.criterion() != null && !criteria.contains(t.criterion())) {
                throw new InvalidInputException(new Violation("tieBreaks", "results.tieBreak.unknownCriterion",
                        t.criterion()));
            }
        }
        RankingRule before = plan.rule();
        plan.rule(rule);
        return saved(round, plan, "SET_RULE", before.describe(), rule.describe());
    }

    /**
     * New quotas and prize money (committee). Awards proposed and not yet confirmed are proposed anew under them
     * from the newest snapshot (a review of the old proposal no longer holds), so that no proposal stands on
     * quotas the committee has since changed.
     */
    @RolesAllowed(COMMITTEE_ROLE)
    public ResultPlan setQuotas(long roundId, int expectedVersion, Quotas quotas) {
        Round round = managed(roundId, "setQuotas");
        ResultPlan plan = current(aggregation.planOf(round), expectedVersion);
        validator.check(quotas, quotas == null ? List.of() : quotas.violations());
        Quotas before = plan.quotas();
        plan.quotas(quotas);
        ResultPlan saved = saved(round, plan, "SET_QUOTAS", before, quotas);
        if (plan.isProposalOpen()) {
            aggregation.latest(roundId).ifPresent(latest -> aggregation.propose(round, plan, latest,
                    audit.callerName()));
            flush();
        }
        return saved;
    }

    // ---- rankings -----------------------------------------------------------------------------

    /** The round's ranking snapshots, the newest first. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<RankingSnapshot> snapshots(long roundId) {
        managed(roundId, "listSnapshots");
        return em.createNamedQuery(RankingSnapshot.OF_ROUND, RankingSnapshot.class).setParameter("round", roundId)
                .getResultList();
    }

    /** A snapshot's ranking with the teams and their prizes (the newest snapshot when {@code snapshotId} is null). */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<RankingRow> ranking(long roundId, Long snapshotId) {
        Round round = managed(roundId, "readRanking");
        return snapshotOf(roundId, snapshotId).map(s -> rankingRows.rows(round, s.getEntries())).orElse(List.of());
    }

    /**
     * What changed in a snapshot (the newest when {@code snapshotId} is null) since the round's one before it:
     * the teams whose score, rank or prize under the round's quotas changed. Empty for a round's first snapshot.
     */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<RankingChanges.Named> changes(long roundId, Long snapshotId) {
        Round round = managed(roundId, "readRanking");
        return snapshotOf(roundId, snapshotId).map(s -> aggregation.changes(round, s)).orElse(List.of());
    }

    /** The round's snapshot of that id (its newest for null: none before its first); another round's is unknown. */
    private Optional<RankingSnapshot> snapshotOf(long roundId, Long snapshotId) {
        if (snapshotId == null) {
            return aggregation.latest(roundId);
        }
        RankingSnapshot snapshot = em.find(RankingSnapshot.class, snapshotId);
        if (snapshot == null || snapshot.getRoundId() != roundId) {
            throw new NotFoundException("RankingSnapshot", snapshotId);
        }
        return Optional.of(snapshot);
    }

    /** Aggregates the round now, as the nightly job does (committee); returns the current snapshot. */
    @RolesAllowed(COMMITTEE_ROLE)
    public RankingSnapshot aggregateNow(long roundId) {
        managed(roundId, "aggregate");
        Aggregation.Stored stored = aggregation.store(aggregation.compute(roundId), audit.callerName());
        return em.find(RankingSnapshot.class, stored.snapshotId());
    }

    /**
     * The newest report file of the round that the score aggregation wrote: its results as PDF or
     * .xlsx, or its judges' consistency.
     */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Path reportFile(long roundId, ReportFolder.Kind kind) {
        String name = kind.fileName(codeOf(managed(roundId, "readReport")));
        return reportFolder.newest(name).orElseThrow(() -> new NotFoundException("Report", name));
    }

    /** The kinds of report the score aggregation has written for the round so far. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Set<ReportFolder.Kind> reportsOf(long roundId) {
        String code = codeOf(managed(roundId, "listReports"));
        Set<ReportFolder.Kind> kinds = EnumSet.noneOf(ReportFolder.Kind.class);
        for (ReportFolder.Kind kind : ReportFolder.Kind.values()) {
            reportFolder.newest(kind.fileName(code)).ifPresent(file -> kinds.add(kind));
        }
        return kinds;
    }

    private static String codeOf(Round round) {
        return round.getTrack() == null ? "FINAL" : round.getTrack().getCode();
    }

    // ---- awards -------------------------------------------------------------------------------

    /** The round's proposed or confirmed awards, by rank. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<Award> awards(long roundId) {
        managed(roundId, "listAwards");
        return aggregation.awardsOf(roundId);
    }

    /** Proposes the awards anew from the newest snapshot (committee); a review of an earlier proposal lapses. */
    @RolesAllowed(COMMITTEE_ROLE)
    public List<Award> propose(long roundId, int expectedVersion) {
        Round round = managed(roundId, "proposeAwards");
        ResultPlan plan = current(aggregation.planOf(round), expectedVersion);
        RankingSnapshot snapshot = aggregation.latest(roundId)
                .orElseThrow(() -> new ConflictException("results.noSnapshot"));
        if (plan.isConfirmed()) {
            throw new ConflictException("results.awards.confirmed");
        }
        List<Award> awards = aggregation.propose(round, plan, snapshot, audit.callerName());
        flush();
        return awards;
    }

    /** The host of the track (or the committee) agrees with the proposed awards, with an optional note. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public ResultPlan review(long roundId, int expectedVersion, String note) {
        Round round = managed(roundId, "reviewAwards");
        ResultPlan plan = current(aggregation.planOf(round), expectedVersion);
        String cleaned = Reasons.optional("note", note, Reasons.MAX_LENGTH);
        plan.reviewed(audit.callerName(), cleaned, now());
        return saved(round, plan, "REVIEW_AWARDS", null, Aggregation.summary(aggregation.awardsOf(roundId)));
    }

    /**
     * Confirms and locks the round's awards (committee): a track round's once its host has reviewed
     * them. The confirmed first prizes of a track advance to the edition's finals (the FINAL round is
     * set up with the defaults if it was not yet).
     */
    @RolesAllowed(COMMITTEE_ROLE)
    public ResultPlan confirm(long roundId, int expectedVersion) {
        Round round = managed(roundId, "confirmAwards");
        ResultPlan plan = current(aggregation.planOf(round), expectedVersion);
        plan.confirmed(round.getKind() == RoundKind.TRACK, audit.callerName(), now());
        flush(); // a second confirmation at the same moment is told here, before anything advances
        List<Award> awards = aggregation.awardsOf(roundId);
        List<String> advanced = new ArrayList<>();
        if (round.getKind() == RoundKind.TRACK) {
            Round finals = finalists.finalRoundMadeIfMissing(round.getEdition());
            for (Award award : awards) {
                if (award.getPrize() == Prize.FIRST && finalists.advance(finals, award.getRegistration())) {
                    advanced.add(award.getRegistration().getTeamName());
                }
            }
        }
        return saved(round, plan, "CONFIRM_AWARDS", null,
                Map.of("awards", Aggregation.summary(awards), "advanced", advanced));
    }

    // ---- honours ------------------------------------------------------------------------------

    /** The honours of an edition the caller may see: all for the committee, its tracks' for a host. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<Honor> honors(long editionId) {
        Set<Long> visible = scope.visibleTracks().orElse(null);
        return em.createNamedQuery(Honor.OF_EDITION, Honor.class).setParameter("edition", editionId).getResultList()
                .stream().filter(h -> visible == null || h.getTrack() != null && visible.contains(h.getTrack().getId()))
                .toList();
    }

    /**
     * Nominates an organizing unit or a member of staff for an honour of a track (its host, or the
     * committee) or of the finals ({@code trackId} null: the committee).
     */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Honor nominate(long editionId, Long trackId, HonorForm form) {
        Edition edition;
        Track track = null;
        if (trackId == null) {
            scope.requireCommittee("Honor", "finals", "nominate");
            edition = em.find(Edition.class, editionId);
            if (edition == null) {
                throw new NotFoundException("Edition", editionId);
            }
        } else {
            scope.requireTrack(trackId, "nominate honour");
            track = em.find(Track.class, trackId);
            if (track == null || !track.getEdition().getId().equals(editionId)) {
                throw scope.deny("Track", trackId, "nominate honour");
            }
            edition = track.getEdition();
        }
        List<Violation> more = new ArrayList<>();
        if (form != null && form.kind() == Honor.Kind.STAFF) {
            if (form.name() != null && !form.name().isBlank() && !PersonName.Check.isName(form.name())) {
                more.add(new Violation("name", "validation.personName"));
            }
            if (form.organization() == null) {
                more.add(new Violation("organization", "validation.required"));
            }
        }
        validator.check(form, more);
        Honor honor = new Honor(edition, track, form.kind(), form.name(), form.organization(), form.citation(),
                audit.callerName(), now());
        em.persist(honor);
        em.flush();
        audit.record("NOMINATE", "Honor", honor.getId(), trackId, null, form);
        return honor;
    }

    /** The committee approves or rejects a nomination, with a note (required to reject). */
    @RolesAllowed(COMMITTEE_ROLE)
    public Honor decide(long honorId, int expectedVersion, boolean approve, String note) {
        Honor honor = em.find(Honor.class, honorId);
        if (honor == null) {
            throw new NotFoundException("Honor", honorId);
        }
        if (honor.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(honor.getName());
        }
        String why = approve && (note == null || note.isBlank()) ? null
                : Reasons.require(note);
        honor.decide(approve, why, audit.callerName(), now());
        flush();
        audit.record(approve ? "APPROVE" : "REJECT", "Honor", honorId,
                honor.getTrack() == null ? null : honor.getTrack().getId(), null, why);
        return honor;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Round managed(long roundId, String action) {
        return rounds.managed(roundId, action);
    }

    private ResultPlan saved(Round round, ResultPlan plan, String action, Object before, Object after) {
        flush();
        audit.record(action, ROUND, round.getId(), round.getTrack() == null ? null : round.getTrack().getId(),
                before, after);
        return plan;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // another committee member saved the same plan between our read and our write
            throw new ConflictException("results.plan.stale");
        }
    }

    private static ResultPlan current(ResultPlan plan, int expectedVersion) {
        if (plan.getVersion() != expectedVersion) {
            throw new ConflictException("results.plan.stale");
        }
        return plan;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(AuditTrail.ZONE);
    }
}
