package cn.org.smeie.competition.web.aftercare;

import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.problemboard.boundary.ProblemBoard;
import cn.org.smeie.competition.problemboard.entity.EnterpriseProblem;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registering against an enterprise's problem (揭榜), a team contact's page: for each of its
 * registrations, the published problems of its track and the one it answers. The rules (the
 * enterprise's expert on the team, only while the team may edit) are the {@link ProblemBoard}'s.
 */
@Named
@ViewScoped
public class TeamProblems implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProblemBoard board;

    @Inject
    Registrations registrations;

    @Inject
    Feedback feedback;

    private List<Row> rows;

    /** A registration, the problems it may answer, and the one chosen ({@code problemId}, null: none). */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final Registration registration;
        private final List<EnterpriseProblem> problems;
        private Long problemId;

        Row(Registration registration, List<EnterpriseProblem> problems, Long problemId) {
            this.registration = registration;
            this.problems = problems;
            this.problemId = problemId;
        }

        public Registration getRegistration() {
            return registration;
        }

        public List<EnterpriseProblem> getProblems() {
            return problems;
        }

        public Long getProblemId() {
            return problemId;
        }

        public void setProblemId(Long problemId) {
            this.problemId = problemId;
        }
    }

    @PostConstruct
    void init() {
        rows = new ArrayList<>();
        Map<Long, List<EnterpriseProblem>> published = new HashMap<>();
        for (Registration r : registrations.mine()) {
            List<EnterpriseProblem> ofTrack = published.computeIfAbsent(r.getTrack().getEdition().getId(),
                    board::published).stream().filter(p -> p.getTrack().getId().equals(r.getTrack().getId())).toList();
            rows.add(new Row(r, ofTrack, board.choiceOf(r.getId()).map(EnterpriseProblem::getId).orElse(null)));
        }
    }

    public void choose(Row row) {
        try {
            board.choose(row.getRegistration().getId(), row.getProblemId()).ifPresentOrElse(
                    p -> feedback.info("problems.chosen", p.getTitle()), () -> feedback.info("problems.unchosen"));
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
