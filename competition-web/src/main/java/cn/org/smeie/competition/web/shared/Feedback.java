package cn.org.smeie.competition.web.shared;

import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns outcomes into messages for a person, in the page's language: the console's own texts, and
 * the business exceptions of the EJB layer. A refused field's message is attached to its input.
 */
@ApplicationScoped
public class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    /** Adds an information message from the console bundle. */
    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * Shows a refusal of the EJB layer.
     *
     * @param inputOf the client id of the input that edits a field, or null when the page has none
     */
    public void refused(CompetitionException e, Function<String, String> inputOf) {
        Locale locale = locale();
        if (e instanceof InvalidInputException invalid) {
            // summary "field: problem" for a list of messages, detail "problem" beside the input
            invalid.violations().forEach(v -> FacesContext.getCurrentInstance().addMessage(inputOf.apply(v.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.describe(locale), v.message(locale))));
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, e.message(locale));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Shows that something went wrong that the person cannot fix; the details go to the log. */
    public void unexpected(RuntimeException e) {
        LOG.log(Level.SEVERE, "unexpected failure of a console action", e);
        add(null, FacesMessage.SEVERITY_FATAL, text("error.unexpected"));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
