package cn.org.smeie.competition.platform.error;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input refused before anything was written; lists every refused field. */
public class InvalidInputException extends CompetitionException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("error.invalidInput", violations.size());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String message(Locale locale) {
        return violations.stream().map(v -> v.describe(locale)).collect(Collectors.joining("; "));
    }
}
