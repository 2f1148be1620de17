package cn.org.smeie.competition.judging.control;

import cn.org.smeie.competition.judging.entity.Finalist;
import cn.org.smeie.competition.judging.entity.LiveStage;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.RoundKind;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.judging.entity.SheetStatus;
import cn.org.smeie.competition.judging.entity.StageChanged;
import cn.org.smeie.competition.judging.entity.StagePhase;
import cn.org.smeie.competition.judging.entity.StageView;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.TeamOrganization;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The big screen of the live finals: builds what it shows from the stage and the sheets of the team
 * on stage, and announces every change as a {@link StageChanged} event, on which
 * {@link StagePublisher} builds the screens' view afresh once the change has committed (a change that
 * rolls back is never shown).
 */
@Stateless
public class StageBoard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StageChanged> changes;

    /** The stage of a FINAL round, made on first use. */
    public LiveStage stageOf(Round round, OffsetDateTime now) {
        LiveStage stage = em.find(LiveStage.class, round.getId());
        if (stage == null) {
            stage = new LiveStage(round, now);
            em.persist(stage);
        }
        return stage;
    }

    /** What the screens show now. */
    public StageView view(Round round, LiveStage stage) {
        List<Finalist> finalists = em.createNamedQuery(Finalist.OF_ROUND, Finalist.class)
                .setParameter("round", round.getId()).getResultList();
        Registration team = stage.getOnStage();
        if (team == null) {
            return new StageView(round.getId(), stage.getPhase(), stage.isAudiencePublic(), 0, finalists.size(),
                    null, null, null, List.of(), List.of(), List.of(), 0, null, stage.getVersion());
        }
        int position = 1 + finalists.stream().map(f -> f.getRegistration().getId()).toList().indexOf(team.getId());
        List<ScoreSheet> sheets = sheetsOf(round, team);
        List<BigDecimal> totals = new ArrayList<>();
        for (ScoreSheet s : sheets) {
            if (s.getStatus() == SheetStatus.SUBMITTED) {
                totals.add(s.weightedTotal());
            }
        }
        boolean complete = !sheets.isEmpty() && totals.size() == sheets.size();
        Trimming.Trimmed trimmed = complete ? Trimming.trim(totals) : null;
        Set<Integer> struck = trimmed == null ? Set.of() : trimmed.dropped();
        List<StageView.JudgeTile> tiles = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            ScoreSheet s = sheets.get(i);
            tiles.add(new StageView.JudgeTile(i + 1, s.getStatus() == SheetStatus.SUBMITTED ? s.weightedTotal() : null,
                    struck.contains(i)));
        }
        BigDecimal finalScore = stage.getPhase() == StagePhase.REVEALED && trimmed != null ? trimmed.mean() : null;
        return new StageView(round.getId(), stage.getPhase(), stage.isAudiencePublic(), position, finalists.size(),
                team.getTrack().getCode(), team.getTeamName(), team.getProjectTitle(),
                namesOf(team, OrganizationKind.UNIVERSITY), namesOf(team, OrganizationKind.ENTERPRISE), tiles,
                totals.size(), finalScore, stage.getVersion());
    }

    /** Tells the screens to show the stage anew once the caller's transaction commits; returns what they will show. */
    public StageView announce(Round round, LiveStage stage) {
        em.flush(); // the version the caller gets back is the one committed
        changes.fire(new StageChanged(round.getId()));
        return view(round, stage);
    }

    /**
     * A sheet of the finals was submitted or given back: when its team is on stage the screens show
     * it; a revealed score whose sheet is given back is hidden again until revealed anew.
     */
    public void sheetChanged(ScoreSheet sheet, OffsetDateTime now) {
        Round round = sheet.getRound();
        if (round.getKind() != RoundKind.FINAL) {
            return;
        }
        LiveStage stage = em.find(LiveStage.class, round.getId());
        if (stage == null || !stage.isOnStage(sheet.getRegistration().getId())) {
            return;
        }
        if (stage.getPhase() == StagePhase.REVEALED && sheet.getStatus() != SheetStatus.SUBMITTED) {
            stage.present(sheet.getRegistration(), now);
        }
        announce(round, stage);
    }

    /** The sheets of a team in a round, in the fixed order of its judges. */
    public List<ScoreSheet> sheetsOf(Round round, Registration team) {
        return em.createQuery("select s from ScoreSheet s where s.round.id = :round and s.registration.id = :team"
                        + " order by s.judge.id", ScoreSheet.class)
                .setParameter("round", round.getId()).setParameter("team", team.getId()).getResultList();
    }

    private static List<String> namesOf(Registration team, OrganizationKind kind) {
        return team.getOrganizations().stream().filter(o -> o.getKind() == kind).map(TeamOrganization::getName).toList();
    }
}
