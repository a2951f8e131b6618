package com.atiende.api;

import com.atiende.assessment.assignment.AssignedCourse;
import com.atiende.assessment.assignment.AssignmentOrder;
import com.atiende.assessment.assignment.AssignmentOutcome;
import com.atiende.assessment.assignment.AssignmentProblem;
import com.atiende.assessment.assignment.AssignmentService;
import com.atiende.domain.enrolment.AssignmentFilter;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.enrolment.CourseAssignment.Outcome;
import com.atiende.web.common.ApiText;
import com.atiende.web.verify.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Course assignments for an HR system: give an order as HR's page does (scope assignments:write), and read the
 * assigned courses with where each stands (scope reports:read). The token's owner must be HR or an administrator.
 */
@Path("/v1/assignments")
@RequestScoped
@SecurityRequirement(name = "token")
public class AssignmentsResource {

    /** The most rows a page of the list has. */
    static final int MAX_PAGE = 1_000;

    /** How a cursor says whether its course is open (pending or overdue) or not. */
    private static final String OPEN = "open";
    private static final String CLOSED = "closed";

    @EJB
    private AssignmentService assignments;

    @Inject
    private ClientAddress clientAddress;

    @Context
    private HttpServletRequest request;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    /**
     * An order: the course, the last day to complete it (yyyy-mm-dd, in the organisation's time zone) and the people:
     * everyone, a department and/or e-mails.
     */
    public record AssignmentRequest(String course, LocalDate dueOn, boolean everyone, String department,
                                    List<String> emails) {
    }

    /** What an order did, counted person by person. */
    public record AssignmentResult(String course, String courseTitle, LocalDate dueOn, int people, int enrolled,
                                   int dueDateSet, int alreadyDue, int alreadyCertified) {
    }

    /**
     * One page of the assigned courses of a filter, and how many there are in all.
     *
     * @param next the {@code after} of the next page (also in the Link header, rel="next"); null on the last page
     */
    public record AssignmentPage(long total, List<AssignedCourse> items, String next) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope("assignments:write")
    @Operation(summary = "Assigns a course due by a day to everyone, a department and/or people by e-mail: enrols"
            + " those not taking it, gives the date to those under way, leaves holders of a valid certificate alone;"
            + " all or nothing")
    public Response assign(AssignmentRequest order) {
        if (order == null) {
            return Problem.response(Response.Status.BAD_REQUEST, ApiText.say(languages(), "problem.order"));
        }
        try {
            AssignmentOutcome outcome = assignments.assign(new AssignmentOrder(order.course(), order.dueOn(),
                    order.everyone(), order.department(), order.emails()), security.getUserPrincipal().getName(),
                    clientAddress.of(request));
            return Response.ok(new AssignmentResult(order.course(), outcome.courseTitle(), order.dueOn(),
                    outcome.people(), outcome.count(Outcome.ENROLLED), outcome.count(Outcome.DUE_DATE_SET),
                    outcome.count(Outcome.ALREADY_DUE), outcome.count(Outcome.ALREADY_CERTIFIED))).build();
        } catch (AssignmentProblem problem) {
            List<Problem.FieldError> errors = problem.getReasons().stream()
                    .map(reason -> new Problem.FieldError(field(reason.field()), said(reason, language()))).toList();
            return Problem.response(Response.Status.BAD_REQUEST, errors.stream()
                    .map(error -> error.field() + ": " + error.detail()).collect(Collectors.joining(" ")), errors);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope("reports:read")
    @Operation(summary = "The courses due by a date (assigned, or re-enrolled for recertification) by course,"
            + " department and state (PENDING, OVERDUE, COMPLETED_ON_TIME, COMPLETED_LATE): open first, soonest due"
            + " first, then by name, a page at a time: the next page is the one after the cursor the page gives as next")
    public Response list(@QueryParam("course") String course, @QueryParam("department") String department,
                         @QueryParam("state") String state, @QueryParam("after") String after,
                         @QueryParam("size") @DefaultValue("100") int size,
                         @Context UriInfo uri) {
        // Checked here rather than with @Min and @Max, which Payara's OpenAPI document generation fails on (a
        // NullPointerException in its ApplicationProcessor, 6.2025.10): /openapi would answer 500.
        if (size < 1 || size > MAX_PAGE) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    ApiText.say(languages(), "problem.size", Integer.toString(MAX_PAGE)));
        }
        if (uri.getQueryParameters().containsKey("first")) {
            return Problem.response(Response.Status.BAD_REQUEST, ApiText.say(languages(), "problem.first"));
        }
        Optional<AssignedCourse.Key> start = after == null ? Optional.empty() : key(after);
        if (after != null && start.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, ApiText.say(languages(), "problem.after"));
        }
        AssignmentState wanted;
        try {
            wanted = state == null || state.isBlank() ? null : AssignmentState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, ApiText.say(languages(), "problem.state",
                    Arrays.stream(AssignmentState.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        AssignmentFilter filter = new AssignmentFilter(course, department, wanted);
        // One row more than asked says whether there is a next page without a query of its own.
        List<AssignedCourse> rows = assignments.page(filter, start.orElse(null), size + 1);
        List<AssignedCourse> items = rows.subList(0, Math.min(size, rows.size()));
        String next = rows.size() > size ? cursor(items.get(size - 1).key()) : null;
        Response.ResponseBuilder page = Response.ok(new AssignmentPage(assignments.count(filter), items, next));
        if (next != null) {
            page.link(uri.getRequestUriBuilder().replaceQueryParam("after", next).build(), "next");
        }
        return page.build();
    }

    /** The cursor of a key: whether open, the due instant, the id, and the name last (it may hold anything). */
    static String cursor(AssignedCourse.Key key) {
        return Cursor.of(key.open() ? OPEN : CLOSED, key.dueAt().toString(), Long.toString(key.enrolmentId()),
                key.name());
    }

    /** The key a cursor stands for; empty when it is not one this list gave. */
    static Optional<AssignedCourse.Key> key(String cursor) {
        return Cursor.values(cursor, 4).flatMap(values -> {
            try {
                if (!values.get(0).equals(OPEN) && !values.get(0).equals(CLOSED)) {
                    return Optional.empty();
                }
                return Optional.of(new AssignedCourse.Key(values.get(0).equals(OPEN), Instant.parse(values.get(1)),
                        values.get(3), Long.parseLong(values.get(2))));
            } catch (DateTimeParseException | NumberFormatException notACursor) {
                return Optional.empty();
            }
        });
    }

    /** The member of the order a refusal is about, as the body names it. */
    private static String field(String field) {
        return switch (field) {
            case AssignmentProblem.COURSE -> "course";
            case AssignmentProblem.DUE -> "dueOn";
            default -> "people";
        };
    }

    /**
     * The language of the refusals, which a person reads (an HR system shows them to its user): Spanish when the
     * request's Accept-Language prefers it to English, else English, the API's own language.
     */
    private Locale language() {
        return ApiText.language(languages());
    }

    private List<Locale> languages() {
        return ClientLanguages.of(headers);
    }

    /**
     * The refusal as HR's page says it, in {@code language}: formatted only when it has arguments, as the page's
     * messages are, or the apostrophe of a text without any ("the people's") would be taken for a quote and dropped.
     */
    static String said(AssignmentProblem.Reason reason, Locale language) {
        ResourceBundle messages = ResourceBundle.getBundle("com.atiende.web.i18n.messages", language);
        String pattern = messages.getString(reason.messageKey());
        return reason.arguments().isEmpty() ? pattern
                : new MessageFormat(pattern, language).format(reason.arguments().toArray());
    }
}
