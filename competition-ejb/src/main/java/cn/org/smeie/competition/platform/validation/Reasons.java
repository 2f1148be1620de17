package cn.org.smeie.competition.platform.validation;

import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;

/** The reason a person gives for a decision (returning a registration, reopening a sheet): required, plain, at most 1,000 characters. */
public final class Reasons {

    public static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    /** The reason without surrounding space; refused (field {@code reason}) when missing, too long or not plain text. */
    public static String require(String reason) {
        return require("reason", reason, MAX_LENGTH);
    }

    /** A text a person must give (a note, an outcome, a consent) for the field {@code field}: checked as a reason is. */
    public static String require(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(new Violation(field, "validation.required"));
        }
        return optional(field, text, maxLength);
    }

    /** An optional text: null when blank, else checked as a reason is. */
    public static String optional(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > maxLength) {
            throw new InvalidInputException(new Violation(field, "validation.tooLong"));
        }
        if (!PlainText.Check.isPlain(text)) {
            throw new InvalidInputException(new Violation(field, "validation.controlCharacters"));
        }
        return text.strip();
    }
}
