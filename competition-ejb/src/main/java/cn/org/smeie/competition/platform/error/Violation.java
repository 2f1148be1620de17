package cn.org.smeie.competition.platform.error;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One refused field of an input: the field's name as the form and the API know it, a message key
 * and its arguments.
 */
public record Violation(String field, String key, Serializable... arguments) implements Serializable {

    public String message(Locale locale) {
        return Messages.format(locale, key, (Object[]) arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation v && field.equals(v.field) && key.equals(v.key)
                && Arrays.equals(arguments, v.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, key, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return field + ":" + key + Arrays.toString(arguments);
    }

    /** "field: message" with the field's label in the same language. */
    public String describe(Locale locale) {
        return Messages.format(locale, "field." + field) + ": " + message(locale);
    }
}
