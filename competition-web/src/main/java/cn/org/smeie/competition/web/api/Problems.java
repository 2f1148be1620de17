package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.Failures;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Messages;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.UnavailableException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns the business exceptions of the EJB layer into {@link Problem} responses in the caller's language. */
@Provider
public class Problems implements ExceptionMapper<CompetitionException> {

    static final int RETRY_AFTER_SECONDS = 5;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(CompetitionException e) {
        Locale locale = language(headers);
        int status = e instanceof InvalidInputException ? 422
                : e instanceof NotFoundException ? 404
                : e instanceof AccessDeniedException ? 403
                : e instanceof ConflictException ? 409
                : e instanceof UnavailableException ? 503
                : 400;
        List<Problem.FieldProblem> fields = e instanceof InvalidInputException invalid
                ? invalid.violations().stream().map(v -> new Problem.FieldProblem(v.field(), v.key(), v.describe(locale)))
                        .toList()
                : List.of();
        Response response = problem(status, e.key(), e.message(locale), fields, locale);
        return status == 503 ? retryLater(response) : response;
    }

    /** A 503 that says when to try again. */
    static Response retryLater(Response response) {
        return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
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

    /**
     * Anything else that went wrong — a database connection lost mid-request, a bug: never a stack trace
     * or a driver's message to the caller, but a problem in the caller's language with an incident number
     * that the log keeps with the full failure; 503 with {@code Retry-After} when trying again shortly may
     * succeed (see {@link Failures}), 500 otherwise. JAX-RS's own refusals (an unknown path, a wrong method)
     * keep their response.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException refused) {
                return refused.getResponse();
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            boolean passes = Failures.isTransient(e);
            LOG.log(passes ? Level.WARNING : Level.SEVERE, e, () -> "Incident " + incident + " on "
                    + (uri == null ? "?" : uri.getRequestUri().getPath()) + (passes ? " (transient)" : ""));
            Locale locale = language(headers);
            String key = passes ? "error.unavailable" : "error.internal";
            Response response = problem(passes ? 503 : 500, key, Messages.format(locale, key, incident), List.of(),
                    locale);
            return passes ? retryLater(response) : response;
        }
    }

    static Response malformedBody(HttpHeaders headers) {
        Locale locale = language(headers);
        return problem(400, "api.malformedJson", Messages.format(locale, "api.malformedJson"), List.of(), locale);
    }
}
