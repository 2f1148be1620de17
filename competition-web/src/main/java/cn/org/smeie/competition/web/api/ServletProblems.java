package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.platform.error.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The API's {@link Problem} answers for refusals made before JAX-RS runs (in the authentication mechanism,
 * in a filter): the same body, status and language rule as {@link Problems}, written to the servlet response.
 */
public final class ServletProblems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    /** Chinese unless the caller prefers English (not the server's own locale): the rule of {@link Problems}. */
    public static Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * Sends the problem {@code key} (its message formatted with {@code arguments}) with {@code status} and commits
     * the response; a 503 says when to try again.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String key,
                            Object... arguments) {
        Locale locale = language(request);
        Problem problem = new Problem(status, key, Messages.format(locale, key, arguments), List.of());
        try {
            response.setStatus(status);
            if (status == 503) {
                response.setHeader("Retry-After", Integer.toString(Problems.RETRY_AFTER_SECONDS));
            }
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Content-Language", locale.toLanguageTag());
            response.getWriter().write(JSON.toJson(problem));
            response.flushBuffer(); // committed: the container keeps this answer
        } catch (IOException clientGone) {
            // the caller hung up; nothing to tell
        }
    }
}
