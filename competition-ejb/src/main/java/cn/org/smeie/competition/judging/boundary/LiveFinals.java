package cn.org.smeie.competition.judging.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.judging.control.Finalists;
import cn.org.smeie.competition.judging.control.StageBoard;
import cn.org.smeie.competition.judging.entity.Finalist;
import cn.org.smeie.competition.judging.entity.LiveStage;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.judging.entity.RoundStatus;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.judging.entity.StagePhase;
import cn.org.smeie.competition.judging.entity.StageView;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national finals on stage (全国总决赛 · 评委亮分): the committee decides who is in the finals and in
 * which order they present, puts each team on stage, reveals its final score once every judge has
 * submitted, and calls the next team; the big screen shows the team on stage, each judge's total as
 * it is submitted, the totals the rule drops struck out, and the final score once revealed. The
 * screen is public when the committee opens it to the audience, otherwise only for the committee and
 * the finals' judges. Every change is audited.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class LiveFinals {

    static final String STAGE = "LiveStage";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    StageBoard board;

    @Inject
    Finalists finalists;

    // ---- finalists ----------------------------------------------------------------------------

    /** The teams of the finals, in their order of appearance. */
    @RolesAllowed(COMMITTEE_ROLE)
    public List<Finalist> finalists(long roundId) {
        return finalistsOf(finalRound(roundId, "listFinalists"));
    }

    /** Takes an approved team of one of the edition's tracks into the finals, last in the order. */
    @RolesAllowed(COMMITTEE_ROLE)
    public Finalist nominate(long roundId, long registrationId) {
        Round round = finalRound(roundId, "nominate");
        requireChangeable(round);
        Registration team = em.find(Registration.class, registrationId);
        if (team == null || !team.getTrack().getEdition().getId().equals(round.getEdition().getId())) {
            throw scope.deny("Registration", registrationId, "nominate for round " + roundId);
        }
        return finalists.add(round, team, Finalist.Source.NOMINATED);
    }

    /** Takes a team out of the finals while no judge has scored it; its untouched sheets go with it. */
    @RolesAllowed(COMMITTEE_ROLE)
    public void withdraw(long roundId, long registrationId) {
        Round round = finalRound(roundId, "withdrawFinalist");
        requireChangeable(round);
        List<Finalist> finalists = finalistsOf(round);
        Finalist finalist = finalistIn(finalists, registrationId, roundId, "withdrawFinalist");
        LiveStage stage = em.find(LiveStage.class, roundId);
        if (stage != null && stage.isOnStage(registrationId)) {
            throw new ConflictException("finals.finalist.onStage", finalist.getRegistration().getTeamName());
        }
        List<ScoreSheet> sheets = board.sheetsOf(round, finalist.getRegistration());
        if (sheets.stream().anyMatch(s -> !s.isUntouched())) {
            throw new ConflictException("finals.finalist.scored", finalist.getRegistration().getTeamName());
        }
        sheets.forEach(em::remove);
        em.remove(finalist);
        finalists.remove(finalist);
        renumber(finalists);
        audit.record("WITHDRAW", "Finalist", finalist.getId(), null, Finalists.describe(finalist), null);
    }

    /** Moves a team to another place in the order of appearance (1 is first); the others close up. */
    @RolesAllowed(COMMITTEE_ROLE)
    public List<Finalist> move(long roundId, long registrationId, int position) {
        Round round = finalRound(roundId, "moveFinalist");
        List<Finalist> finalists = finalistsOf(round);
        Finalist finalist = finalistIn(finalists, registrationId, roundId, "moveFinalist");
        int before = finalist.getPosition();
        finalists.remove(finalist);
        finalists.add(Math.max(0, Math.min(finalists.size(), position - 1)), finalist);
        renumber(finalists);
        audit.record("MOVE", "Finalist", finalist.getId(), null, before, finalist.getPosition());
        return finalists;
    }

    // ---- the stage ----------------------------------------------------------------------------

    /** The stage as the committee runs it (the same view the screens get). */
    @RolesAllowed(COMMITTEE_ROLE)
    public StageView stage(long roundId) {
        Round round = finalRound(roundId, "readStage");
        return board.view(round, board.stageOf(round, now()));
    }

    /** Puts a finalist on stage: its judges' totals appear on the screens as they submit. */
    @RolesAllowed(COMMITTEE_ROLE)
    public StageView present(long roundId, int expectedVersion, long registrationId) {
        Round round = finalRound(roundId, "present");
        Finalist finalist = finalistIn(finalistsOf(round), registrationId, roundId, "present");
        return presented(round, expectedVersion, finalist);
    }

    /** Puts the team after the one on stage (the first, when none was) on stage. */
    @RolesAllowed(COMMITTEE_ROLE)
    public StageView next(long roundId, int expectedVersion) {
        Round round = finalRound(roundId, "next");
        List<Finalist> finalists = finalistsOf(round);
        LiveStage stage = board.stageOf(round, now());
        int current = stage.getOnStage() == null ? -1 : finalists.stream().map(f -> f.getRegistration().getId())
                .toList().indexOf(stage.getOnStage().getId());
        if (current + 1 >= finalists.size()) {
            throw new ConflictException(finalists.isEmpty() ? "finals.stage.noFinalists" : "finals.stage.last");
        }
        return presented(round, expectedVersion, finalists.get(current + 1));
    }

    /** Shows the final score of the team on stage; refused until every judge of its panel has submitted. */
    @RolesAllowed(COMMITTEE_ROLE)
    public StageView reveal(long roundId, int expectedVersion) {
        Round round = finalRound(roundId, "reveal");
        round.requireScoring();
        LiveStage stage = current(board.stageOf(round, now()), expectedVersion);
        StageView view = board.view(round, stage);
        if (view.phase() == StagePhase.ON_STAGE && !view.complete()) {
            throw new ConflictException("finals.stage.incomplete", view.teamName(), view.submitted(),
                    view.judges().size());
        }
        stage.reveal(now());
        StageView revealed = board.announce(round, stage);
        audit.record("REVEAL", STAGE, roundId, null, null, Map.of("team", revealed.teamName(),
                "score", revealed.finalScore()));
        return revealed;
    }

    /** Opens the big screen to anyone, or closes it to all but the committee and the finals' judges. */
    @RolesAllowed(COMMITTEE_ROLE)
    public StageView openToAudience(long roundId, int expectedVersion, boolean open) {
        Round round = finalRound(roundId, "openToAudience");
        LiveStage stage = current(board.stageOf(round, now()), expectedVersion);
        boolean before = stage.isAudiencePublic();
        stage.openToAudience(open, now());
        audit.record("OPEN_TO_AUDIENCE", STAGE, roundId, null, before, open);
        return board.announce(round, stage);
    }

    /**
     * What the big screen shows: to anyone when the committee opened it to the audience, otherwise to
     * the committee and the judges of the edition's finals.
     */
    @PermitAll
    public StageView screen(long roundId) {
        Round round = em.find(Round.class, roundId);
        if (round == null || round.getKind() != RoundKind.FINAL) {
            throw scope.deny("Round", roundId, "watch");
        }
        LiveStage stage = em.find(LiveStage.class, roundId);
        if (stage == null || !stage.isAudiencePublic()) {
            Optional<Account> caller = scope.find().filter(Account::isActive);
            boolean mayWatch = caller.map(a -> a.getRole() == Role.COMMITTEE
                    || a.getRole() == Role.JUDGE && a.isFinalsJudgeOf(round.getEdition())).orElse(false);
            if (!mayWatch) {
                throw scope.deny(STAGE, roundId, "watch");
            }
        }
        // before the committee first runs the stage: nothing on it yet (and nothing written by a reader)
        return board.view(round, stage != null ? stage : new LiveStage(round, now()));
    }

    /** The id of the edition's FINAL round, once the committee has set it up. */
    @PermitAll
    public Optional<Long> finalRoundOf(long editionId) {
        return finalists.finalRoundOf(editionId).map(Round::getId);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private StageView presented(Round round, int expectedVersion, Finalist finalist) {
        round.requireScoring();
        LiveStage stage = current(board.stageOf(round, now()), expectedVersion);
        stage.present(finalist.getRegistration(), now());
        StageView view = board.announce(round, stage);
        audit.record("PRESENT", STAGE, round.getId(), null, null, Finalists.describe(finalist));
        return view;
    }

    private Round finalRound(long roundId, String action) {
        Round round = em.find(Round.class, roundId);
        if (round == null || round.getKind() != RoundKind.FINAL) {
            throw scope.deny("Round", roundId, action);
        }
        return round;
    }

    private Finalist finalistIn(List<Finalist> finalists, long registrationId, long roundId, String action) {
        return finalists.stream().filter(f -> f.getRegistration().getId() == registrationId).findFirst()
                .orElseThrow(() -> scope.deny("Registration", registrationId, action + " in round " + roundId));
    }

    private List<Finalist> finalistsOf(Round round) {
        return finalists.of(round);
    }

    private static void renumber(List<Finalist> finalists) {
        for (int i = 0; i < finalists.size(); i++) {
            finalists.get(i).moveTo(i + 1);
        }
    }

    private static void requireChangeable(Round round) {
        if (round.getStatus() != RoundStatus.OPEN && round.getStatus() != RoundStatus.SCORING) {
            throw new ConflictException("judging.round.notAssignable", round.getStatus().name());
        }
    }

    private static LiveStage current(LiveStage stage, int expectedVersion) {
        if (stage.getVersion() != expectedVersion) {
            throw new ConflictException("finals.stage.stale");
        }
        return stage;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(AuditTrail.ZONE);
    }
}
