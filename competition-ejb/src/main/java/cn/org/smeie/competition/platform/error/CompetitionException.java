package cn.org.smeie.competition.platform.error;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Root of the business exceptions of the competition platform.
 *
 * <p>Each carries a message key and its arguments rather than a finished sentence: the web layer
 * and the REST API render it in the caller's language (Chinese or English) through {@link Messages}.
 * {@link #getMessage()} gives the English text for logs. Thrown from a boundary it rolls the
 * transaction back and reaches the caller unwrapped.</p>
 */
@ApplicationException(rollback = true, inherited = true)
public class CompetitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public CompetitionException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message for a person, in the given language. */
    public String message(Locale locale) {
        return Messages.format(locale, key, arguments);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key + " " + Arrays.toString(arguments) + ": " + getMessage() + "]";
    }
}
