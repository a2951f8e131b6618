package com.atiende.api;

import com.atiende.web.common.ApiText;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Every failure of the API becomes problem+json: 4xx for the caller's mistakes, 500 without internals. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** JAX-RS's own errors (404 unknown path, 405, 406, 415, bad parameters) keep their status. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
            return Problem.response(status == null ? Response.Status.BAD_REQUEST : status,
                    status == Response.Status.NOT_FOUND ? ApiText.say(languages(headers), "problem.notFound")
                            : exception.getMessage());
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, exception.getConstraintViolations().stream()
                    .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
    }

    /**
     * A body that cannot be read as the endpoint's type (not JSON, or a date that is no date): Jersey reports it as a
     * ProcessingException, which is the caller's mistake, not ours.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, ApiText.say(languages(headers), "problem.unreadableBody"));
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException exception) {
            return Problem.response(Response.Status.FORBIDDEN, ApiText.say(languages(headers), "problem.forbidden"));
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
                return Problem.response(status == null ? Response.Status.BAD_REQUEST : status,
                        status == Response.Status.NOT_FOUND ? ApiText.say(languages(headers), "problem.notFound")
                                : web.getMessage());
            }
            LOG.log(Level.SEVERE, "API call failed", exception);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    ApiText.say(languages(headers), "problem.unexpected"));
        }
    }

    /** The languages the client accepts, best first; none when the mapper runs outside a request. */
    private static List<Locale> languages(HttpHeaders headers) {
        try {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (IllegalStateException outsideARequest) {
            return List.of();
        }
    }
}
