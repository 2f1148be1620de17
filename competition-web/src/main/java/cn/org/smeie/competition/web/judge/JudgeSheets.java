package cn.org.smeie.competition.web.judge;

import cn.org.smeie.competition.judging.boundary.Judging;
import cn.org.smeie.competition.judging.entity.Criterion;
import cn.org.smeie.competition.judging.entity.Round;
import cn.org.smeie.competition.judging.entity.ScoreSheet;
import cn.org.smeie.competition.judging.entity.SheetStatus;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A judge's page, made for a phone: the rounds with sheets of theirs, the teams assigned in the
 * chosen round, and the sheet of one team — a score per criterion and a comment, saved as a draft or
 * submitted. The scale, the step, who may score what and when are the {@link Judging} boundary's.
 */
@Named
@ViewScoped
public class JudgeSheets implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Judging judging;

    @Inject
    Feedback feedback;

    private List<Round> rounds;
    private Long roundId;
    private Round round;
    private List<ScoreSheet> sheets = List.of();
    private ScoreSheet current;
    private Map<String, BigDecimal> scores = new HashMap<>();
    private String comment;

    @PostConstruct
    void init() {
        rounds = judging.myRounds();
        roundId = rounds.isEmpty() ? null : rounds.get(0).getId();
        loadRound();
    }

    /** The sheets of the chosen round. */
    public void loadRound() {
        round = rounds.stream().filter(r -> r.getId().equals(roundId)).findFirst().orElse(null);
        sheets = roundId == null ? List.of() : judging.mySheets(roundId);
        current = null;
    }

    public void open(ScoreSheet sheet) {
        current = judging.mySheet(sheet.getId());
        scores = new HashMap<>(current.getScores());
        comment = current.getComment();
    }

    public void save() {
        store(false);
    }

    public void submit() {
        store(true);
    }

    private void store(boolean submit) {
        try {
            current = submit ? judging.submit(current.getId(), current.getVersion(), scores, comment)
                    : judging.save(current.getId(), current.getVersion(), scores, comment);
            feedback.info(submit ? "judge.submitted" : "judge.saved", current.getRegistration().getTeamName());
            sheets = judging.mySheets(roundId);
        } catch (CompetitionException e) {
            feedback.refused(e, this::inputOf);
        }
    }

    /** A refused score goes beside its input: "scores.IMPORTANCE" is the input of that criterion. */
    private String inputOf(String field) {
        if (field.startsWith("scores.") && round != null) {
            List<Criterion> criteria = round.getCriteria();
            for (int i = 0; i < criteria.size(); i++) {
                if (field.equals("scores." + criteria.get(i).getCode())) {
                    return "sheetForm:criteria:" + i + ":score";
                }
            }
        }
        return "comment".equals(field) ? "sheetForm:comment" : null;
    }

    public boolean isEditable() {
        return current != null && current.getStatus() != SheetStatus.SUBMITTED;
    }

    public List<Round> getRounds() {
        return rounds;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public Round getRound() {
        return round;
    }

    public List<ScoreSheet> getSheets() {
        return sheets;
    }

    public ScoreSheet getCurrent() {
        return current;
    }

    public Map<String, BigDecimal> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
