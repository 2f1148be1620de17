package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;

/** The version a change is based on, from {@code If-Match} (with or without the quotes of an entity tag). */
final class Versions {

    private Versions() {
    }

    static int of(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch == null ? "" : ifMatch.replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(new Violation("If-Match", "api.ifMatch"));
        }
    }
}
