package cn.org.smeie.competition.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that a person typed: anything printable (Chinese, rare characters, emoji, even "&lt;script&gt;",
 * which pages escape), plus line breaks and tabs; no other control character (a NUL byte, which
 * PostgreSQL refuses to store), no half of a surrogate pair (what a cut-off emoji leaves), and no invisible
 * format character — above all the bidirectional controls (U+202A–U+202E, U+2066–U+2069), with which a team
 * named "‮evil‬" reads "live" in every list, result and spreadsheet. The joiners that emoji and some scripts
 * need (U+200C, U+200D) and the soft hyphen of pasted text stay allowed.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "{validation.controlCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PlainText}; null is left to {@code @NotBlank}. */
    class Check implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlain(value);
        }

        public static boolean isPlain(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)
                        || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                        || c == '\uFFFE' || c == '\uFFFF' || invisibleFormat(c)) {
                    return false;
                }
            }
            return true;
        }

        /** A format character (Unicode Cf) that changes how text shows without showing itself. */
        private static boolean invisibleFormat(char c) {
            return Character.getType(c) == Character.FORMAT && c != '\u200C' && c != '\u200D' && c != '\u00AD';
        }
    }
}
