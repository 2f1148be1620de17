package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.judging.control.JudgingRoster;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.judging.entity.RoundStatus;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.results.entity.Award;
import cn.org.smeie.competition.results.entity.AwardStatus;
import cn.org.smeie.competition.results.entity.Quotas;
import cn.org.smeie.competition.results.entity.RankedTeam;
import cn.org.smeie.competition.results.entity.RankingRule;
import cn.org.smeie.competition.results.entity.RankingSnapshot;
import cn.org.smeie.competition.results.entity.ResultPlan;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The score aggregation (成绩汇总) of a round, for the nightly job and for boundaries that have checked
 * the caller: reads the submitted sheets in one query, ranks the teams by the round's rule, stores a
 * new ranking snapshot when the inputs changed (the same inputs give the same snapshot, so a run
 * repeated or restarted after a crash changes nothing), and proposes the awards of a closed round
 * whose awards nobody has reviewed yet.
 */
@Stateless
public class Aggregation {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    JudgingRoster roster;

    @Inject
    AuditTrail audit;

    /** A round's ranking as computed, with the checksum of what it was computed from. */
    public record Computed(long roundId, String checksum, RankingRule rule, int sheets, List<Ranking.Placed> placed) {
    }

    /** What storing a ranking did: the current snapshot, whether it is new, and the awards proposed (if any). */
    public record Stored(long snapshotId, int version, boolean created, int awardsProposed) {
    }

    /** The rounds of the edition that have scores to aggregate: scoring or closed, in id order. */
    public List<Long> roundsDue(long editionId) {
        return em.createQuery("select r.id from Round r where r.edition.id = :edition and r.status in :states"
                        + " order by r.id", Long.class)
                .setParameter("edition", editionId)
                .setParameter("states", List.of(RoundStatus.SCORING, RoundStatus.CLOSED))
                .getResultList();
    }

    /** The round's plan; made with the defaults (and stored) when the committee has set none. */
    public ResultPlan planOf(Round round) {
        ResultPlan plan = em.find(ResultPlan.class, round.getId());
        if (plan == null) {
            plan = new ResultPlan(round.getId(), RankingRule.defaults(),
                    round.getKind() == RoundKind.FINAL ? Quotas.finalsDefaults() : Quotas.trackDefaults());
            em.persist(plan);
        }
        return plan;
    }

    /** What a round's ranking is computed from: its rule, criteria, teams and submitted sheets. */
    public record Inputs(Round round, RankingRule rule, List<CriterionForm> criteria, List<Long> teams,
                         List<Ranking.Sheet> sheets) {

        /** SHA-256 of everything the ranking depends on, in a canonical order. */
        public String checksum() {
            StringBuilder canonical = new StringBuilder("rule ").append(rule.describe()).append("\ncriteria");
            criteria.forEach(c -> canonical.append(' ').append(c.code()).append('=')
                    .append(c.weight().toPlainString()));
            canonical.append("\nteams ").append(teams.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(",")));
            sheets.stream().sorted(Comparator.comparingLong(Ranking.Sheet::team).thenComparingLong(Ranking.Sheet::judge))
                    .forEach(s -> {
                        canonical.append('\n').append(s.team()).append(',').append(s.judge());
                        new TreeMap<>(s.scores()).forEach((code, score) -> canonical.append(' ').append(code)
                                .append('=').append(score.stripTrailingZeros().toPlainString()));
                    });
            return Checksums.sha256(canonical.toString());
        }
    }

    /** Reads a round's inputs: the submitted sheets in one query, each with the judge's weighted total. */
    public Inputs read(long roundId) {
        Round round = em.find(Round.class, roundId);
        RankingRule rule = planOf(round).rule();
        List<CriterionForm> criteria = round.settings().criteria();
        Map<String, Map<String, BigDecimal>> scores = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT sh.registration_id, sh.judge_account_id, sc.criterion_code,"
                        + " sc.score FROM judging_sheet sh JOIN judging_score sc ON sc.sheet_id = sh.id"
                        + " WHERE sh.round_id = ? AND sh.status = 'SUBMITTED'")
                .setParameter(1, roundId).getResultList();
        for (Object[] row : rows) {
            String sheet = ((Number) row[0]).longValue() + "," + ((Number) row[1]).longValue();
            scores.computeIfAbsent(sheet, s -> new TreeMap<>()).put((String) row[2], (BigDecimal) row[3]);
        }
        List<Ranking.Sheet> sheets = new ArrayList<>();
        scores.forEach((sheet, values) -> {
            String[] ids = sheet.split(",");
            BigDecimal total = CriterionForm.weightedTotal(criteria, values);
            if (total != null) { // a submitted sheet has every criterion; a changed criterion set leaves it out
                sheets.add(new Ranking.Sheet(Long.parseLong(ids[0]), Long.parseLong(ids[1]), total, values));
            }
        });
        return new Inputs(round, rule, criteria, roster.teamIds(round), sheets);
    }

    /** Ranks the round's teams from its submitted sheets. */
    public Computed compute(long roundId) {
        Inputs inputs = read(roundId);
        return new Computed(roundId, inputs.checksum(), inputs.rule(), inputs.sheets().size(),
                Ranking.rank(inputs.teams(), inputs.sheets(), inputs.rule()));
    }

    /** The newest snapshot of the round. */
    public Optional<RankingSnapshot> latest(long roundId) {
        return em.createNamedQuery(RankingSnapshot.OF_ROUND, RankingSnapshot.class).setParameter("round", roundId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Keeps the ranking: the newest snapshot when its inputs are the same, else a new snapshot with
     * what changed; then proposes the awards of a closed round that has no reviewed ones.
     */
    public Stored store(Computed computed, String actor) {
        Round round = em.find(Round.class, computed.roundId());
        Optional<RankingSnapshot> latest = latest(computed.roundId());
        RankingSnapshot snapshot;
        boolean created = latest.map(s -> !s.getInputsChecksum().equals(computed.checksum())).orElse(true);
        if (created) {
            List<RankedTeam> entries = computed.placed().stream().map(Aggregation::entry).toList();
            RankingDiff.Diff diff = RankingDiff.between(latest.map(RankingSnapshot::getVersionNumber).orElse(null),
                    latest.map(RankingSnapshot::getEntries).orElse(List.of()), entries);
            snapshot = new RankingSnapshot(round.getId(), latest.map(s -> s.getVersionNumber() + 1).orElse(1),
                    now(), actor, computed.checksum(), computed.rule().describe(), computed.sheets(), entries,
                    JSON.toJson(diff));
            em.persist(snapshot);
            em.flush();
            audit.recordAs(actor, "SNAPSHOT", "RankingSnapshot", snapshot.getId(), trackIdOf(round), null,
                    Map.of("round", round.getId(), "version", snapshot.getVersionNumber(),
                            "checksum", snapshot.getInputsChecksum(), "scoresChanged", diff.scoresChanged(),
                            "ranksMoved", diff.ranksMoved()));
        } else {
            snapshot = latest.get();
        }
        int proposed = 0;
        ResultPlan plan = planOf(round);
        boolean due = round.getStatus() == RoundStatus.CLOSED && (plan.getAwardStatus() == AwardStatus.NONE
                || plan.getAwardStatus() == AwardStatus.PROPOSED && !snapshot.getId().equals(plan.getSnapshotId()));
        if (due) {
            proposed = propose(round, plan, snapshot, actor).size();
        }
        return new Stored(snapshot.getId(), snapshot.getVersionNumber(), created, proposed);
    }

    /** Replaces the round's proposed awards by those the snapshot earns under the plan's quotas. */
    public List<Award> propose(Round round, ResultPlan plan, RankingSnapshot snapshot, String actor) {
        List<Award> before = awardsOf(round.getId());
        before.forEach(em::remove);
        em.flush();
        List<RankedTeam> entries = snapshot.getEntries();
        List<Award> awards = new ArrayList<>();
        Map<Long, Registration> teams = new HashMap<>();
        for (AwardProposal.Proposed p : AwardProposal.propose(entries, plan.quotas(), entries.size())) {
            Registration team = teams.computeIfAbsent(p.registrationId(), id -> em.find(Registration.class, id));
            Award award = new Award(round, team, p.prize(), p.rank(), p.score(), p.money());
            em.persist(award);
            awards.add(award);
        }
        plan.proposed(snapshot.getId(), now());
        audit.recordAs(actor, "PROPOSE_AWARDS", "Round", round.getId(), trackIdOf(round), summary(before),
                summary(awards));
        return awards;
    }

    /**
     * What changed in a snapshot since the round's one before it (none for its first): recomputed from the two
     * stored rankings and the round's quotas, with the teams' names.
     */
    public List<RankingChanges.Named> changes(Round round, RankingSnapshot snapshot) {
        Optional<RankingSnapshot> previous = em.createNamedQuery(RankingSnapshot.BEFORE, RankingSnapshot.class)
                .setParameter("round", round.getId()).setParameter("version", snapshot.getVersionNumber())
                .setMaxResults(1).getResultStream().findFirst();
        if (previous.isEmpty()) {
            return List.of();
        }
        List<RankingChanges.Change> changes = RankingChanges.between(previous.get().getEntries(),
                snapshot.getEntries(), planOf(round).quotas());
        Map<Long, String> names = new HashMap<>();
        if (!changes.isEmpty()) {
            // the teams' names in one statement, not one read per changed team
            em.createQuery("select r.id, r.teamName from Registration r where r.id in :ids", Object[].class)
                    .setParameter("ids", changes.stream().map(RankingChanges.Change::registrationId).toList())
                    .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return changes.stream().map(c -> new RankingChanges.Named(names.getOrDefault(c.registrationId(),
                "#" + c.registrationId()), c)).toList();
    }

    public List<Award> awardsOf(long roundId) {
        return em.createNamedQuery(Award.OF_ROUND, Award.class).setParameter("round", roundId).getResultList();
    }

    /** The awards as the audit trail keeps them: prize, team, rank, score. */
    public static List<String> summary(List<Award> awards) {
        return awards.stream().map(a -> a.getPrize() + " " + a.getRegistration().getTeamName() + " #" + a.getRank()
                + " " + a.getScore().toPlainString()).toList();
    }

    private static RankedTeam entry(Ranking.Placed p) {
        String dropped = p.droppedJudges().isEmpty() ? null
                : p.droppedJudges().stream().map(String::valueOf).collect(Collectors.joining(","));
        String chain = p.tieBreakValues().isEmpty() ? null : p.tieBreakValues().entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue().toPlainString()))
                .collect(Collectors.joining(","));
        return new RankedTeam(p.team(), p.rank(), p.score(), p.untrimmedMean(), p.judges(), dropped, chain, p.tied());
    }

    private static Long trackIdOf(Round round) {
        return round.getTrack() == null ? null : round.getTrack().getId();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(AuditTrail.ZONE);
    }
}
