package cn.org.smeie.competition.platform.validation;

import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks an input record with Bean Validation and turns every violation into a {@link Violation}
 * whose key is the constraint's message template ({@code "{track.code.pattern}"} becomes
 * {@code track.code.pattern}). Rules that need the database add their own violations through
 * {@link #check(Object, List)}.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    /** Refuses the input when Bean Validation finds anything. */
    public void check(Object input) {
        check(input, List.of());
    }

    /** Refuses the input when Bean Validation or the caller's own checks ({@code more}) find anything. */
    public void check(Object input, List<Violation> more) {
        List<Violation> all = new ArrayList<>(violationsOf(input));
        all.addAll(more);
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
    }

    public List<Violation> violationsOf(Object input) {
        if (input == null) {
            return List.of(new Violation("input", "validation.required"));
        }
        return validator.validate(input).stream()
                .map(InputValidator::toViolation)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::key))
                .toList();
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
        return new Violation(v.getPropertyPath().toString(), key);
    }
}
