package cn.org.smeie.competition.web.finals;

import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.judging.boundary.LiveFinals;
import cn.org.smeie.competition.judging.entity.StageView;
import cn.org.smeie.competition.platform.error.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The big screen of the live finals ({@code /finals/screen.xhtml}, {@code ?round=} or the current
 * edition's finals): the page carries the current view; its script draws it and follows the pushed
 * changes. Who may watch is the {@link LiveFinals} boundary's decision.
 */
@Named
@RequestScoped
public class StageScreen {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    LiveFinals finals;

    @Inject
    Editions editions;

    private Long round;
    private StageView view;
    private boolean refused;

    /** Reads the stage (f:viewAction). */
    public void load() {
        if (round == null) {
            round = finals.finalRoundOf(editions.current().getId()).orElse(null);
        }
        if (round == null) {
            return;
        }
        try {
            view = finals.screen(round);
        } catch (AccessDeniedException e) {
            refused = true;
        }
    }

    /** The view as JSON, for the page's script. */
    public String getState() {
        return view == null ? "" : JSON.toJson(view);
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public StageView getView() {
        return view;
    }

    public boolean isRefused() {
        return refused;
    }
}
