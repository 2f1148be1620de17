package cn.org.smeie.competition.platform.error;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One refused field of an input: the field's name as the form and the API know it, a message key
 * and its arguments.
 */
public record Violation(String field, String key, Serializable... arguments) implements Serializable {

    private static final Pattern ITEM = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

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
        return label(locale) + ": " + message(locale);
    }

    /** The field's label; an item of a list reads "Member 2 · E-mail" for {@code members[1].email}. */
    public String label(Locale locale) {
        Matcher item = ITEM.matcher(field);
        if (item.matches()) {
            return Messages.format(locale, "field." + item.group(1) + ".item", Integer.parseInt(item.group(2)) + 1)
                    + " · " + Messages.format(locale, "field." + item.group(1) + "." + item.group(3));
        }
        return Messages.format(locale, "field." + field);
    }
}
