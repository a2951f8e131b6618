package com.atiende.api;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
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
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
            return Problem.response(status == null ? Response.Status.BAD_REQUEST : status,
                    status == Response.Status.NOT_FOUND ? "No such resource." : exception.getMessage());
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
        @Override
        public Response toResponse(ProcessingException exception) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "The body could not be read: JSON of the form the API description (/openapi) gives is expected.");
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException exception) {
            return Problem.response(Response.Status.FORBIDDEN, "The token's owner may not do this.");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                return new WebApplication().toResponse(web);
            }
            LOG.log(Level.SEVERE, "API call failed", exception);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
        }
    }
}
