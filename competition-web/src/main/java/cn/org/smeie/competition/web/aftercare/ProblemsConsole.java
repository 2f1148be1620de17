package cn.org.smeie.competition.web.aftercare;

import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.problemboard.boundary.ProblemBoard;
import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.web.security.CurrentUser;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The enterprise problem board (揭榜) in the console: the committee moderates every posting of the
 * edition; the host of a track reads its track's. The rules are the {@link ProblemBoard} boundary's.
 */
@Named
@ViewScoped
public class ProblemsConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProblemBoard board;

    @Inject
    AftercareEditions editions;

    @Inject
    TrackCatalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private long edition;
    private List<EnterpriseProblem> problems;
    private EnterpriseProblem moderating;
    private String note;

    private Long editionId;

    /** Loads the edition of the page's parameter (the current one without it), on the page's first request. */
    public void load() {
        edition = editions.chosen(editionId);
        reload();
    }

    private void reload() {
        if (user.isCommittee()) {
            problems = board.all(edition);
        } else {
            problems = new ArrayList<>();
            for (Track track : catalog.tracksOf(edition)) {
                problems.addAll(board.ofTrack(track.getId()));
            }
        }
    }

    public void startModeration(EnterpriseProblem problem) {
        moderating = problem;
        note = null;
    }

    public void publish() {
        moderate(true);
    }

    public void reject() {
        moderate(false);
    }

    private void moderate(boolean publish) {
        try {
            EnterpriseProblem p = board.moderate(moderating.getId(), moderating.getVersion(), publish, note);
            feedback.info(publish ? "problems.published" : "problems.rejected", p.getTitle());
            reload();
        } catch (CompetitionException e) {
            feedback.refused(e, field -> "reason".equals(field) ? "moderationForm:note" : null);
        }
    }

    public List<EnterpriseProblem> getProblems() {
        return problems;
    }

    public EnterpriseProblem getModerating() {
        return moderating;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }
}
