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
 * A person's name as certificates will print it: letters of any script (rare characters outside the
 * basic plane such as 𠮷 included) with their marks, spaces, and the separators names use — the
 * middle dot of transcribed names (阿卜杜·热合曼), hyphen, apostrophe, period. No digits, symbols,
 * emoji, brackets or quotes: a name with those is a typing accident or an attack, never a name.
 */
@Documented
@Constraint(validatedBy = PersonName.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PersonName {

    String message() default "{validation.personName}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PersonName}; null is left to {@code @NotBlank}. */
    class Check implements ConstraintValidator<PersonName, String> {

        private static final String SEPARATORS = " ·•・.-'’";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isName(value);
        }

        /** Letters (any script) and the separators names use. */
        public static boolean isName(String value) {
            return value.codePoints().allMatch(Check::allowed);
        }

        private static boolean allowed(int codePoint) {
            int type = Character.getType(codePoint);
            return Character.isLetter(codePoint) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || SEPARATORS.indexOf(codePoint) >= 0;
        }
    }
}
