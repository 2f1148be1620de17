package cn.org.smeie.competition.web.shared;

import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /** Adds an error message from the console bundle, for the page as a whole. */
    public void error(String key, Object... arguments) {
        errorOn(null, key, arguments);
    }

    /** Adds an error message from the console bundle beside one input. */
    public void errorOn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
        FacesContext.getCurrentInstance().validationFailed();
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

    /**
     * Runs a change of the EJB layer and tells the outcome: {@code doneKey} with the name of what
     * changed, or the refusal.
     */
    public <T> Optional<T> attempt(Supplier<T> change, Function<T, String> name, String doneKey) {
        try {
            T changed = change.get();
            info(doneKey, name.apply(changed));
            return Optional.of(changed);
        } catch (CompetitionException e) {
            refused(e, field -> null);
            return Optional.empty();
        }
    }

    /** Where a refused field's message goes: the input of the same id in the form, for the fields it has. */
    public static SerializableFunction inputsOf(String formId, Set<String> fields) {
        Set<String> known = Set.copyOf(fields);
        return field -> known.contains(field) ? formId + ":" + field : null;
    }

    /** A field-to-input mapping that a view-scoped bean can keep. */
    @FunctionalInterface
    public interface SerializableFunction extends Function<String, String>, Serializable {
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
