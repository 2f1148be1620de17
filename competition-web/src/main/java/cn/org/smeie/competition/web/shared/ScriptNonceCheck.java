package cn.org.smeie.competition.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * A form sent back without the script nonce its page was given (PrimeFaces' Content-Security-Policy: each page's
 * nonce is kept in its view and sent with its posts) did not come from the platform's page: refused with 400 and
 * the refusal page as soon as the view is restored, before anything is decided or rendered. Left to PrimeFaces,
 * the same post failed while the page was being rendered, as a server error (500).
 */
public class ScriptNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ScriptNonceCheck.class.getName());
    /** Where PrimeFaces keeps a page's nonce (in its view) and where its posts carry it (a request parameter). */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null) {
            return;
        }
        Map<String, Object> view = context.getViewRoot().getViewMap(false);
        Object given = view == null ? null : view.get(NONCE);
        String sent = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (matches(given, sent)) {
            return;
        }
        LOG.info(() -> "Answered 400 to a post without its page's script nonce: " + context.getViewRoot().getViewId());
        try {
            context.getExternalContext().responseSendError(400, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Whether a post's nonce is its page's: any when the page was given none (a page without PrimeFaces' scripts). */
    static boolean matches(Object given, String sent) {
        return given == null || Objects.equals(given.toString(), sent);
    }
}
