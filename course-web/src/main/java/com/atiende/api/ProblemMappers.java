package com.atiende.api;

import com.atiende.web.common.ApiText;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every failure of the API becomes problem+json: 4xx for the caller's mistakes, 500 without internals. Every detail
 * is in the client's language (Accept-Language), JAX-RS's and Bean Validation's own refusals included.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** JAX-RS's own refusals (404 unknown path, 405, 406, 415, bad parameters) keep their status. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException exception) {
            return refusal(exception, ClientLanguages.of(headers));
        }
    }

    /**
     * A parameter or body that breaks a Bean Validation constraint. Each message is interpolated again, in the
     * client's language: the one the violation carries was made in the server's.
     */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return violations(exception.getConstraintViolations(), ClientLanguages.of(headers));
        }
    }

    /**
     * A body that cannot be read as the endpoint's type (not JSON, or a date that is no date), or a request header
     * that cannot be read (an If-None-Match that is no entity tag): Jersey reports both as a ProcessingException, which
     * is the caller's mistake, not ours.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException exception) {
            // A header Jersey cannot parse carries the ParseException of its value; a body carries JSON-B's failure.
            String key = exception.getCause() instanceof ParseException ? "problem.header" : "problem.unreadableBody";
            return Problem.response(Response.Status.BAD_REQUEST, ApiText.say(ClientLanguages.of(headers), key));
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException exception) {
            return Problem.response(Response.Status.FORBIDDEN,
                    ApiText.say(ClientLanguages.of(headers), "problem.forbidden"));
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                return refusal(web, ClientLanguages.of(headers));
            }
            // An EJB's method validation reaches us wrapped in the EJBException of a system exception.
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException invalid) {
                    return violations(invalid.getConstraintViolations(), ClientLanguages.of(headers));
                }
            }
            LOG.log(Level.SEVERE, "API call failed", exception);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    ApiText.say(ClientLanguages.of(headers), "problem.unexpected"));
        }
    }

    /**
     * A refusal by JAX-RS itself, said in the client's language. A query parameter that does not convert to its type
     * (a number that is no number) is a 400 about the parameter, though Jersey reports it as a 404 as JAX-RS says:
     * that 404 carries the conversion's failure as its cause, where a path that matches nothing has none.
     */
    static Response refusal(WebApplicationException exception, List<Locale> languages) {
        int status = exception.getResponse().getStatus();
        if (status == Response.Status.NOT_FOUND.getStatusCode() && exception.getCause() != null) {
            return Problem.response(Response.Status.BAD_REQUEST, ApiText.say(languages, "problem.parameter"));
        }
        Response.Status answered = answered(status);
        Response problem = Problem.response(answered, ApiText.say(languages, refusalKey(answered)));
        // A 405 names the methods the endpoint takes (RFC 9110, 15.5.6), as JAX-RS's own answer did.
        String allowed = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allowed == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
    }

    /** The status a refusal is answered with: its own, or 400 for a code JAX-RS has no name for. */
    static Response.Status answered(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? Response.Status.BAD_REQUEST : known;
    }

    /** What a refusal of JAX-RS or of the container says, by its status: the key of its text in our bundles. */
    static String refusalKey(Response.Status status) {
        return switch (status) {
            case UNAUTHORIZED -> "problem.needsToken";
            case FORBIDDEN -> "problem.forbidden";
            case NOT_FOUND -> "problem.notFound";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case NOT_ACCEPTABLE -> "problem.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "problem.unsupportedMediaType";
            default -> status.getFamily() == Response.Status.Family.SERVER_ERROR ? "problem.unexpected"
                    : "problem.refused";
        };
    }

    /** Every violation, each with the member of the request it is about, in the client's language. */
    static Response violations(Set<ConstraintViolation<?>> violations, List<Locale> languages) {
        List<Problem.FieldError> errors = fieldErrors(violations, ApiText.language(languages));
        return Problem.response(Response.Status.BAD_REQUEST, errors.stream()
                .map(error -> error.field() + ": " + error.detail()).collect(Collectors.joining(" ")), errors);
    }

    /** The violations as the problem's {@code errors}, in {@code language}, ordered by field. */
    static List<Problem.FieldError> fieldErrors(Set<ConstraintViolation<?>> violations, Locale language) {
        return violations.stream()
                .map(violation -> new Problem.FieldError(field(violation), message(violation, language)))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::detail))
                .toList();
    }

    /**
     * The violation's message in {@code language}: its template ({@code {key}} of ValidationMessages or of the
     * validator's own bundle) interpolated again with the constraint's attributes and the rejected value.
     */
    static String message(ConstraintViolation<?> violation, Locale language) {
        return Interpolation.INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                if (type.isInstance(this)) {
                    return type.cast(this);
                }
                throw new ValidationException("no " + type.getName() + " behind a re-interpolated violation");
            }
        }, language);
    }

    /**
     * The member of the request a violation is about, as the client names it: a parameter by its name, a member of
     * the body by its path inside the body. The method's name and the Java parameter that holds the body are ours.
     */
    static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean parameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> {
                    names.add(node.getName());
                    parameter = true;
                }
                case CONTAINER_ELEMENT -> index(names, node);
                default -> {
                    index(names, node);
                    names.add(node.getName());
                }
            }
        }
        List<String> named = parameter && names.size() > 1 ? names.subList(1, names.size()) : names;
        return String.join(".", named);
    }

    private static void index(List<String> names, Path.Node node) {
        if (node.isInIterable() && !names.isEmpty() && (node.getIndex() != null || node.getKey() != null)) {
            int last = names.size() - 1;
            names.set(last, names.get(last) + "[" + (node.getIndex() != null ? node.getIndex() : node.getKey()) + "]");
        }
    }

    /**
     * The validator's own interpolator, which reads ValidationMessages through the request's class loader, made once
     * and on first need: only a refused request pays for it.
     */
    private static final class Interpolation {
        private static final MessageInterpolator INTERPOLATOR =
                jakarta.validation.Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
    }
}
