package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Messages;
import cn.org.smeie.competition.platform.error.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/** Turns the business exceptions of the EJB layer into {@link Problem} responses in the caller's language. */
@Provider
public class Problems implements ExceptionMapper<CompetitionException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(CompetitionException e) {
        Locale locale = language(headers);
        int status = e instanceof InvalidInputException ? 422
                : e instanceof NotFoundException ? 404
                : e instanceof AccessDeniedException ? 403
                : e instanceof ConflictException ? 409
                : 400;
        List<Problem.FieldProblem> fields = e instanceof InvalidInputException invalid
                ? invalid.violations().stream().map(v -> new Problem.FieldProblem(v.field(), v.key(), v.describe(locale)))
                        .toList()
                : List.of();
        return problem(status, e.key(), e.message(locale), fields, locale);
    }

    static Response problem(int status, String key, String message, List<Problem.FieldProblem> fields, Locale locale) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(locale).entity(new Problem(status, key, message, fields)).build();
    }

    /** Chinese unless the caller prefers English. */
    static Locale language(HttpHeaders headers) {
        return headers != null && headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> "en".equals(l.getLanguage())).isPresent() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** A call the caller's role does not allow (refused by the container before any data is read); logged. */
    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {

        private static final Logger LOG = Logger.getLogger(Forbidden.class.getName());

        @Context
        HttpHeaders headers;

        @Context
        SecurityContext security;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EJBAccessException e) {
            LOG.warning(() -> "Access denied by role: " + (security.getUserPrincipal() == null ? "anonymous"
                    : security.getUserPrincipal().getName()) + " on " + uri.getRequestUri().getPath());
            Locale locale = language(headers);
            return problem(403, "error.accessDenied", Messages.format(locale, "error.accessDenied"), List.of(), locale);
        }
    }

    /**
     * A body that is not JSON, or whose fields have the wrong type (a number for a name, a kind that
     * does not exist): 400 with a problem naming what to fix, never a stack trace.
     */
    @Provider
    public static class Malformed implements ExceptionMapper<JsonbException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return malformedBody(headers);
        }
    }

    /** The same, when the JSON provider reports it wrapped in a processing error. */
    @Provider
    public static class Unprocessable implements ExceptionMapper<ProcessingException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return malformedBody(headers);
        }
    }

    static Response malformedBody(HttpHeaders headers) {
        Locale locale = language(headers);
        return problem(400, "api.malformedJson", Messages.format(locale, "api.malformedJson"), List.of(), locale);
    }
}
