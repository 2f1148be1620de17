package cn.org.smeie.competition.judging.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.edition.entity.Edition;
import cn.org.smeie.competition.judging.control.JudgingRoster;
import cn.org.smeie.competition.judging.control.PanelAssignment;
import cn.org.smeie.competition.judging.control.RoundAccess;
import cn.org.smeie.competition.judging.control.ScoreRules;
import cn.org.smeie.competition.judging.control.StageBoard;
import cn.org.smeie.competition.judging.entity.ConflictRecord;
import cn.org.smeie.competition.judging.entity.CriterionForm;
import cn.org.smeie.competition.judging.entity.JudgeOrganization;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.judging.entity.RoundSettings;
import cn.org.smeie.competition.judging.entity.RoundSnapshot;
import cn.org.smeie.competition.judging.entity.RoundStatus;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.judging.entity.SheetSnapshot;
import cn.org.smeie.competition.judging.entity.SheetStatus;
import cn.org.smeie.competition.mail.control.Mailer;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.persistence.Flush;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.platform.validation.PlainText;
import cn.org.smeie.competition.platform.validation.Reasons;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Judging (评审): the committee sets up rounds (criteria, weights, scale, judges per team) and moves
 * them through their states; the host of a track (or the committee) records its judges'
 * organizations and conflicts, assigns judges to the approved teams — by hand or automatically —
 * watches progress, reminds judges and reopens sheets; a judge scores the teams assigned to them and
 * nothing else. A host of one track never reaches another's round, a judge never another's sheet,
 * and a host never enters scores. Every change is audited.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class Judging {

    static final String ROUND = "Round";
    static final String SHEET = "ScoreSheet";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    RoundAccess rounds;

    @Inject
    InputValidator validator;

    @Inject
    AuditTrail audit;

    @Inject
    JudgingRoster roster;

    @Inject
    Mailer mailer;

    @Inject
    StageBoard board;

    // ---- rounds (committee) -------------------------------------------------------------------

    /** The TRACK round of a track, with the notice's defaults (committee). */
    @RolesAllowed(COMMITTEE_ROLE)
    public Round createTrackRound(long trackId) {
        scope.caller();
        Track track = em.find(Track.class, trackId);
        if (track == null || !track.isActive()) {
            throw new NotFoundException("Track", trackId);
        }
        return created(Round.ofTrack(track, RoundSettings.defaults()), Round.scopeOfTrack(trackId));
    }

    /** The FINAL round (全国总决赛) of an edition, with the notice's defaults (committee). */
    @RolesAllowed(COMMITTEE_ROLE)
    public Round createFinalRound(long editionId) {
        scope.caller();
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null) {
            throw new NotFoundException("Edition", editionId);
        }
        return created(Round.finalOf(edition, RoundSettings.defaults()), Round.scopeOfFinal(editionId));
    }

    /** New scale, judges per team, schedule and criteria; only while the round is OPEN (committee). */
    @RolesAllowed(COMMITTEE_ROLE)
    public Round configure(long roundId, int expectedVersion, RoundSettings settings) {
        Round round = current(managed(roundId, "configure"), expectedVersion);
        List<Violation> more = new ArrayList<>();
        if (settings != null && settings.criteria() != null) {
            more.addAll(settingsRules(settings));
        }
        validator.check(settings, more);
        RoundSnapshot before = round.snapshot();
        round.configure(settings);
        return roundSaved(round, "CONFIGURE", before);
    }

    @RolesAllowed(COMMITTEE_ROLE)
    public Round startScoring(long roundId, int expectedVersion) {
        return moved(roundId, expectedVersion, "START_SCORING", Round::startScoring);
    }

    @RolesAllowed(COMMITTEE_ROLE)
    public Round closeScoring(long roundId, int expectedVersion) {
        return moved(roundId, expectedVersion, "CLOSE_SCORING", Round::close);
    }

    @RolesAllowed(COMMITTEE_ROLE)
    public Round reopenScoring(long roundId, int expectedVersion) {
        return moved(roundId, expectedVersion, "REOPEN_SCORING", Round::reopenScoring);
    }

    @RolesAllowed(COMMITTEE_ROLE)
    public Round publish(long roundId, int expectedVersion) {
        return moved(roundId, expectedVersion, "PUBLISH", Round::publish);
    }

    private Round moved(long roundId, int expectedVersion, String action, Consumer<Round> move) {
        Round round = current(managed(roundId, action), expectedVersion);
        RoundSnapshot before = round.snapshot();
        move.accept(round);
        return roundSaved(round, action, before);
    }

    // ---- rounds (committee and hosts) ---------------------------------------------------------

    /** The rounds of an edition the caller may manage: all for the committee, its tracks' for a host. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<Round> rounds(long editionId) {
        Set<Long> visible = scope.visibleTracks().orElse(null);
        return em.createNamedQuery(Round.OF_EDITION, Round.class).setParameter("edition", editionId)
                .getResultList().stream()
                .filter(r -> visible == null || r.getTrack() != null && visible.contains(r.getTrack().getId()))
                .sorted(Round.TRACK_ORDER).toList();
    }

    /** One round, for the committee or the host of its track. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Round round(long roundId) {
        return managed(roundId, "read");
    }

    /** The round's judges (accounts bound to its track, or to its edition's finals). */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<Account> judges(long roundId) {
        return roster.judges(managed(roundId, "listJudges"));
    }

    /** The organizations a judge works for: teams of them are the judge's conflicts. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Map<Long, List<String>> judgeOrganizations(long roundId) {
        Round round = managed(roundId, "listJudges");
        return roster.organizations(roster.judges(round).stream().map(Account::getId).toList());
    }

    /** Replaces the organizations of a judge of the round. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public void setJudgeOrganizations(long roundId, long judgeId, List<String> names) {
        Round round = managed(roundId, "setJudgeOrganizations");
        Account judge = judgeOf(round, judgeId, "setJudgeOrganizations");
        Set<String> cleaned = new TreeSet<>();
        List<Violation> violations = new ArrayList<>();
        List<String> given = names == null ? List.of() : names;
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i) == null ? "" : given.get(i).strip();
            if (name.length() > 200) {
                violations.add(new Violation("organizations[" + i + "]", "validation.tooLong"));
            } else if (!PlainText.Check.isPlain(name)) {
                violations.add(new Violation("organizations[" + i + "]", "validation.controlCharacters"));
            } else if (!name.isEmpty()) {
                cleaned.add(name);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<String> before = roster.organizations(List.of(judgeId)).get(judgeId);
        em.createQuery("delete from JudgeOrganization o where o.judgeAccountId = :judge")
                .setParameter("judge", judgeId).executeUpdate();
        cleaned.forEach(name -> em.persist(new JudgeOrganization(judgeId, name)));
        audit.record("SET_ORGANIZATIONS", "Judge", judge.getUsername(), trackIdOf(round), before, cleaned);
    }

    /** Records that the judge may not score the team (a conflict nobody could detect); withdraws an untouched sheet. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public void declareConflict(long roundId, long judgeId, long registrationId, String reason) {
        Round round = managed(roundId, "declareConflict");
        Account judge = judgeOf(round, judgeId, "declareConflict");
        Registration team = teamOf(round, registrationId, "declareConflict");
        String why = Reasons.require(reason);
        em.createQuery("select s from ScoreSheet s where s.round.id = :round and s.registration.id = :team"
                        + " and s.judge.id = :judge", ScoreSheet.class)
                .setParameter("round", roundId).setParameter("team", registrationId).setParameter("judge", judgeId)
                .getResultStream().findFirst().ifPresent(sheet -> {
                    if (!sheet.isUntouched()) {
                        throw new ConflictException("judging.conflict.alreadyScored");
                    }
                    em.remove(sheet);
                });
        record(new ConflictRecord(judgeId, registrationId, ConflictRecord.Kind.DECLARED, why, audit.callerName(),
                now()), "DECLARE_CONFLICT", round, judge, team);
    }

    /** The committee lets a detected conflict pass, with a reason: the judge may then be assigned. */
    @RolesAllowed(COMMITTEE_ROLE)
    public void allowConflict(long roundId, long judgeId, long registrationId, String reason) {
        Round round = managed(roundId, "allowConflict");
        Account judge = judgeOf(round, judgeId, "allowConflict");
        Registration team = teamOf(round, registrationId, "allowConflict");
        record(new ConflictRecord(judgeId, registrationId, ConflictRecord.Kind.ALLOWED, Reasons.require(reason),
                audit.callerName(), now()), "ALLOW_CONFLICT", round, judge, team);
    }

    /** Assigns a judge to a team by hand; refused when they are in conflict. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public ScoreSheet assign(long roundId, long registrationId, long judgeId) {
        Round round = managed(roundId, "assign");
        Account judge = judgeOf(round, judgeId, "assign");
        Registration team = teamOf(round, registrationId, "assign");
        requireAssignable(round);
        roster.conflict(judge, team).ifPresent(reason -> {
            throw new ConflictException("judging.conflict", judge.getDisplayName(), team.getTeamName(), reason);
        });
        ScoreSheet sheet = new ScoreSheet(round, team, judge, now());
        em.persist(sheet);
        Flush.orConflict(em, () -> new ConflictException("judging.alreadyAssigned", judge.getDisplayName(),
                team.getTeamName()));
        audit.record("ASSIGN", SHEET, sheet.getId(), trackIdOf(round), null, sheet.snapshot());
        return sheet;
    }

    /** Gives every approved team of the round its judges, conflicts respected, loads balanced. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public JudgingReports.Assignment assignAutomatically(long roundId) {
        Round round = managed(roundId, "assignAutomatically");
        requireAssignable(round);
        List<Account> judges = roster.judges(round);
        List<Registration> teams = roster.teams(round);
        Map<Long, Map<Long, String>> conflicts = roster.conflicts(judges, teams);
        Map<Long, Set<Long>> existing = new HashMap<>();
        for (ScoreSheet s : sheets(round)) {
            existing.computeIfAbsent(s.getRegistration().getId(), t -> new TreeSet<>()).add(s.getJudge().getId());
        }
        Map<Long, Set<Long>> forbidden = new HashMap<>();
        conflicts.forEach((team, byJudge) -> forbidden.put(team, byJudge.keySet()));
        PanelAssignment.Result result = PanelAssignment.assign(teams.stream().map(Registration::getId).toList(),
                judges.stream().map(Account::getId).toList(), forbidden, existing, round.getJudgesPerTeam());
        Map<Long, Account> judgeById = judges.stream().collect(Collectors.toMap(Account::getId, j -> j));
        int added = 0;
        for (Registration team : teams) {
            for (Long judgeId : result.panels().get(team.getId())) {
                if (!existing.getOrDefault(team.getId(), Set.of()).contains(judgeId)) {
                    em.persist(new ScoreSheet(round, team, judgeById.get(judgeId), now()));
                    added++;
                }
            }
        }
        Map<Long, Registration> teamById = teams.stream().collect(Collectors.toMap(Registration::getId, t -> t));
        List<JudgingReports.ShortTeam> shortTeams = result.shortOfJudges().stream()
                .map(id -> new JudgingReports.ShortTeam(id, teamById.get(id).getTeamName(),
                        result.panels().get(id).size())).toList();
        JudgingReports.Assignment report = new JudgingReports.Assignment(teams.size(), judges.size(), added,
                shortTeams, result.minLoad(), result.maxLoad());
        audit.record("ASSIGN_AUTOMATICALLY", ROUND, roundId, trackIdOf(round), null, report);
        return report;
    }

    /** Withdraws an assignment nothing was scored on yet. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public void withdraw(long sheetId) {
        ScoreSheet sheet = managedSheet(sheetId, "withdraw");
        if (!sheet.isUntouched()) {
            throw new ConflictException("judging.sheet.scoredAlready");
        }
        em.remove(sheet);
        audit.record("WITHDRAW", SHEET, sheetId, trackIdOf(sheet.getRound()), sheet.snapshot(), null);
    }

    /** Every sheet of the round, for its host or the committee (scores included: they watch scoring). */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<ScoreSheet> sheetsOfRound(long roundId) {
        return sheets(managed(roundId, "listSheets"));
    }

    /** Per judge and per team: sheets assigned and submitted. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public JudgingReports.Progress progress(long roundId) {
        List<ScoreSheet> sheets = sheets(managed(roundId, "progress"));
        Map<Long, int[]> byJudge = new LinkedHashMap<>();
        Map<Long, int[]> byTeam = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> teams = new HashMap<>();
        int submitted = 0;
        for (ScoreSheet s : sheets) {
            boolean done = s.getStatus() == SheetStatus.SUBMITTED;
            submitted += done ? 1 : 0;
            count(byJudge, s.getJudge().getId(), done);
            count(byTeam, s.getRegistration().getId(), done);
            names.put(s.getJudge().getId(), s.getJudge().getDisplayName());
            teams.put(s.getRegistration().getId(), s.getRegistration().getTeamName());
        }
        return new JudgingReports.Progress(counts(byJudge, names), counts(byTeam, teams), sheets.size(), submitted);
    }

    /** Mails every judge of the round who has sheets not yet submitted; returns how many were reminded. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public int remindJudges(long roundId) {
        Round round = managed(roundId, "remindJudges");
        round.requireScoring();
        Map<Account, Long> open = sheets(round).stream().filter(s -> s.getStatus() != SheetStatus.SUBMITTED)
                .collect(Collectors.groupingBy(ScoreSheet::getJudge, LinkedHashMap::new, Collectors.counting()));
        open.forEach((judge, count) -> {
            if (judge.getEmail() != null) {
                mailer.send(judge.getEmail(), "judging.reminder", judge.getDisplayName(), roundName(round), count);
            }
        });
        audit.record("REMIND_JUDGES", ROUND, roundId, trackIdOf(round), null, open.size());
        return open.size();
    }

    /** Gives a submitted sheet back to its judge, with a reason (old and new scores stay in the audit trail). */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public ScoreSheet reopen(long sheetId, int expectedVersion, String reason) {
        ScoreSheet sheet = current(managedSheet(sheetId, "reopen"), expectedVersion);
        String why = Reasons.require(reason);
        sheet.getRound().requireScoring();
        SheetSnapshot before = sheet.snapshot();
        sheet.reopen(why, now());
        em.flush();
        audit.record("REOPEN", SHEET, sheetId, trackIdOf(sheet.getRound()), before, why);
        Account judge = sheet.getJudge();
        if (judge.getEmail() != null) {
            mailer.send(judge.getEmail(), "judging.sheetReturned", judge.getDisplayName(), roundName(sheet.getRound()),
                    sheet.getRegistration().getTeamName(), why);
        }
        board.sheetChanged(sheet, now());
        return sheet;
    }

    // ---- judges -------------------------------------------------------------------------------

    /** The caller's own sheets in a round: the teams assigned to them and nothing else. */
    @RolesAllowed(JUDGE_ROLE)
    public List<ScoreSheet> mySheets(long roundId) {
        return em.createNamedQuery(ScoreSheet.OF_JUDGE, ScoreSheet.class).setParameter("judge", scope.caller().id())
                .setParameter("round", roundId).setHint("eclipselink.batch", "s.scores")
                .setHint("eclipselink.batch.type", "IN").getResultList();
    }

    /** The rounds in which the caller has sheets. */
    @RolesAllowed(JUDGE_ROLE)
    public List<Round> myRounds() {
        return em.createQuery("select distinct s.round from ScoreSheet s where s.judge.id = :judge", Round.class)
                .setParameter("judge", scope.caller().id()).getResultList();
    }

    /** One of the caller's sheets (with the team it scores). */
    @RolesAllowed(JUDGE_ROLE)
    public ScoreSheet mySheet(long sheetId) {
        return own(sheetId, "read");
    }

    /** Keeps the scores entered so far; refused after submission, outside scoring, or on a stale version. */
    @RolesAllowed(JUDGE_ROLE)
    public ScoreSheet save(long sheetId, int expectedVersion, Map<String, BigDecimal> scores, String comment) {
        return scored(sheetId, expectedVersion, scores, comment, false);
    }

    /** Hands the sheet in: every criterion scored; then read-only. */
    @RolesAllowed(JUDGE_ROLE)
    public ScoreSheet submit(long sheetId, int expectedVersion, Map<String, BigDecimal> scores, String comment) {
        return scored(sheetId, expectedVersion, scores, comment, true);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ScoreSheet scored(long sheetId, int expectedVersion, Map<String, BigDecimal> scores, String comment,
                              boolean submit) {
        ScoreSheet sheet = own(sheetId, submit ? "submit" : "save");
        Round round = sheet.getRound();
        round.requireScoring();
        current(sheet, expectedVersion);
        if (sheet.getStatus() == SheetStatus.SUBMITTED) {
            throw new ConflictException("judging.sheet.submitted");
        }
        Map<String, BigDecimal> given = scores == null ? Map.of() : scores;
        List<Violation> violations = new ArrayList<>(ScoreRules.check(given, round.criterionCodes(),
                round.getScaleMax(), round.getStep(), submit));
        if (comment != null && comment.strip().length() > 2000) {
            violations.add(new Violation("comment", "validation.tooLong"));
        } else if (comment != null && !PlainText.Check.isPlain(comment)) {
            violations.add(new Violation("comment", "validation.controlCharacters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        SheetSnapshot before = sheet.snapshot();
        if (submit) {
            sheet.submit(given, comment, now());
        } else {
            sheet.save(given, comment);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // another save of the same sheet (a second tab) committed between our read and our write
            throw ConflictException.staleVersion(sheet.getRegistration().getTeamName());
        }
        audit.record(submit ? "SUBMIT" : "SAVE", SHEET, sheetId, trackIdOf(round), before, sheet.snapshot());
        if (submit) {
            board.sheetChanged(sheet, now());
        }
        return sheet;
    }

    private ScoreSheet own(long sheetId, String action) {
        ScoreSheet sheet = em.find(ScoreSheet.class, sheetId);
        if (sheet == null || !sheet.getJudge().getId().equals(scope.caller().id())) {
            throw scope.deny(SHEET, sheetId, action);
        }
        return sheet;
    }

    private Round managed(long roundId, String action) {
        return rounds.managed(roundId, action);
    }

    private ScoreSheet managedSheet(long sheetId, String action) {
        ScoreSheet sheet = em.find(ScoreSheet.class, sheetId);
        if (sheet == null) {
            throw scope.deny(SHEET, sheetId, action);
        }
        managed(sheet.getRound().getId(), action + " sheet " + sheetId);
        return sheet;
    }

    private Account judgeOf(Round round, long judgeId, String action) {
        return roster.judges(round).stream().filter(j -> j.getId() == judgeId).findFirst()
                .orElseThrow(() -> scope.deny("Judge", judgeId, action));
    }

    /** A team of the round: of its track for a TRACK round, a finalist for the FINAL round. */
    private Registration teamOf(Round round, long registrationId, String action) {
        Registration team = em.find(Registration.class, registrationId);
        boolean ofRound = team != null && (round.getKind() == RoundKind.FINAL ? roster.isFinalist(round, team)
                : team.getTrack().getId().equals(round.getTrack().getId()));
        if (!ofRound) {
            throw scope.deny("Registration", registrationId, action);
        }
        if (team.getStatus() != RegistrationStatus.APPROVED) {
            throw new ConflictException("judging.team.notApproved", team.getTeamName());
        }
        return team;
    }

    private static void requireAssignable(Round round) {
        if (round.getStatus() != RoundStatus.OPEN
                && round.getStatus() != RoundStatus.SCORING) {
            throw new ConflictException("judging.round.notAssignable", round.getStatus().name());
        }
    }

    private List<ScoreSheet> sheets(Round round) {
        return em.createNamedQuery(ScoreSheet.OF_ROUND, ScoreSheet.class).setParameter("round", round.getId())
                .setHint("eclipselink.join-fetch", "s.judge")
                .setHint("eclipselink.join-fetch", "s.registration")
                // the scores of all sheets in one more query, not one per sheet
                .setHint("eclipselink.batch", "s.scores")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    private void record(ConflictRecord conflict, String action, Round round, Account judge, Registration team) {
        em.persist(conflict);
        Flush.orConflict(em, () -> new ConflictException("judging.conflict.recordedAlready", judge.getDisplayName(),
                team.getTeamName()));
        audit.record(action, "Judge", judge.getUsername(), trackIdOf(round), null,
                Map.of("team", team.getTeamName(), "registration", team.getId(), "reason", conflict.getReason()));
    }

    private Round created(Round round, String scopeKey) {
        if (!em.createNamedQuery(Round.BY_SCOPE, Round.class).setParameter("scope", scopeKey).getResultList()
                .isEmpty()) {
            throw new ConflictException("judging.round.exists");
        }
        em.persist(round);
        return roundSaved(round, "CREATE", null);
    }

    private Round roundSaved(Round round, String action, RoundSnapshot before) {
        em.flush();
        audit.record(action, ROUND, round.getId(), trackIdOf(round), before, round.snapshot());
        return round;
    }

    /** Weights add up to 1; codes appear once. */
    private static List<Violation> settingsRules(RoundSettings settings) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < settings.criteria().size(); i++) {
            CriterionForm c = settings.criteria().get(i);
            if (c == null) {
                continue;
            }
            if (c.weight() != null) {
                sum = sum.add(c.weight());
            }
            if (c.code() != null && !codes.add(c.code())) {
                violations.add(new Violation("criteria[" + i + "].code", "judging.criterion.duplicate"));
            }
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            violations.add(new Violation("criteria", "judging.weights.sum", sum.stripTrailingZeros().toPlainString()));
        }
        if (settings.step() != null && settings.scaleMax() != null
                && settings.scaleMax().remainder(settings.step()).signum() != 0) {
            violations.add(new Violation("step", "judging.step.divides"));
        }
        return violations;
    }

    private static String roundName(Round round) {
        return round.getTrack() == null ? "全国总决赛 " + round.getEdition().getYear()
                : round.getTrack().getCode() + " " + round.getTrack().getFieldZh();
    }

    private static Long trackIdOf(Round round) {
        return round.getTrack() == null ? null : round.getTrack().getId();
    }

    private static void count(Map<Long, int[]> counts, Long id, boolean done) {
        int[] c = counts.computeIfAbsent(id, k -> new int[2]);
        c[0]++;
        c[1] += done ? 1 : 0;
    }

    private static List<JudgingReports.Count> counts(Map<Long, int[]> counts, Map<Long, String> names) {
        return counts.entrySet().stream().map(e -> new JudgingReports.Count(e.getKey(), names.get(e.getKey()),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    private static Round current(Round round, int expectedVersion) {
        if (round.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(roundName(round));
        }
        return round;
    }

    private static ScoreSheet current(ScoreSheet sheet, int expectedVersion) {
        if (sheet.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(sheet.getRegistration().getTeamName());
        }
        return sheet;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(AuditTrail.ZONE);
    }
}
