package cn.org.smeie.competition.web.publicpages;

import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.problemboard.boundary.EnterpriseView;
import cn.org.smeie.competition.problemboard.boundary.ProblemBoard;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * An enterprise's page of its posted problem ({@code /problem.xhtml?code=}, the link mailed to its
 * contact): the committee's decision, the teams that registered against it, and the confirmation of
 * the results that answer it. The code is the only key; a wrong one shows nothing.
 */
@Named
@ViewScoped
public class EnterpriseProblemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProblemBoard board;

    @Inject
    Feedback feedback;

    private String code;
    private EnterpriseView view;
    private String note;

    public void load() {
        try {
            view = board.manage(code);
        } catch (NotFoundException unknown) {
            view = null;
        }
    }

    public void confirm(EnterpriseView.Answer answer) {
        try {
            view = board.confirm(code, answer.answerId(), note);
            feedback.info("problems.confirmed", answer.teamName());
            note = null;
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public EnterpriseView getView() {
        return view;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
