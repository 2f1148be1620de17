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
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(new Violation("reason", "validation.required"));
        }
        if (reason.strip().length() > MAX_LENGTH) {
            throw new InvalidInputException(new Violation("reason", "validation.tooLong"));
        }
        if (!PlainText.Check.isPlain(reason)) {
            throw new InvalidInputException(new Violation("reason", "validation.controlCharacters"));
        }
        return reason.strip();
    }
}
