package com.atiende.assessment.assignment;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.enrolment.AssignmentFilter;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.enrolment.CourseAssignment.Outcome;
import com.atiende.domain.enrolment.CourseAssignment;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.mail.MailText;
import com.atiende.infrastructure.persistence.RetryingTransactions;
import com.atiende.infrastructure.persistence.jpa.AssignmentQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HR assigns courses and follows them. An order is carried out whole or not at all, in one transaction (retried if
 * a learner enrolled at the same moment), and audit-logged with what it did; the people it names are read in a few
 * queries whatever their number. Those it enrolled or gave a new date are told by e-mail once it has committed
 * ({@link AssignmentMailService}). The list of assigned courses is filtered and paged in the database, since it grows
 * with every order.
 */
@Stateless
@RolesAllowed({"HR", "ADMIN"})
public class AssignmentService {

    /** The most people an order names one by one: a list pasted from a spreadsheet, not the whole directory. */
    static final int MAX_NAMED = 1_000;

    /** How far ahead a course can be due: further is a mistyped year. */
    static final int MAX_YEARS_AHEAD = 5;

    /** Learner ids bound per query, well under every database's limit of bind parameters. */

    /** How many unknown e-mails a refusal names; the rest are counted. */
    private static final int UNKNOWN_SHOWN = 10;

    /** The fields of an order in the form's order, in which its refusals are listed. */
    private static final List<String> FIELDS = List.of(AssignmentProblem.COURSE, AssignmentProblem.DUE,
            AssignmentProblem.PEOPLE);

    private static final Pattern WELL_FORMED_EMAIL = Pattern.compile(
            "[^@\\s]+@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");


    @Inject
    private CourseRepository courses;

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private AssignmentQueries assigned;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @EJB
    private RetryingTransactions transactions;

    @EJB
    private AssignmentMailService mail;

    @Inject
    private Settings settings;

    /**
     * Carries out an order: see {@link CourseAssignment} for what it does to each person.
     *
     * @throws AssignmentProblem with every reason found, when the order lacks a course, a date or people, names a day
     *                           that has passed, a course not published, malformed e-mails or e-mails of nobody who
     *                           can take courses
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AssignmentOutcome assign(AssignmentOrder order, String actor, String sourceAddress) {
        ZoneId zone = settings.timezone();
        Checked checked = checked(order, today());
        Carried carried = transactions.run(() -> {
            Instant now = clock.instant();
            // Every reason to refuse the order is gathered before any is reported: the person fixes them in one go.
            List<AssignmentProblem.Reason> reasons = new ArrayList<>(checked.reasons());
            Optional<Course> published = order.courseCode() == null || order.courseCode().isBlank()
                    ? Optional.empty() : courses.findPublished(order.courseCode());
            if (published.isEmpty() && order.courseCode() != null && !order.courseCode().isBlank()) {
                reasons.add(new AssignmentProblem.Reason(AssignmentProblem.COURSE, "assignment.courseNotPublished",
                        order.courseCode()));
            }
            Map<Long, Learner> people = people(order, checked, reasons);
            if (!reasons.isEmpty()) {
                throw new AssignmentProblem(reasons.stream().sorted(Comparator.comparingInt(reason ->
                        FIELDS.indexOf(reason.field()))).toList());
            }
            Course course = published.orElseThrow();
            CourseAssignment assignment = new CourseAssignment(course, Enrolment.dueAtEndOf(order.dueOn(), zone), now);
            Map<Long, Enrolment> open = openEnrolments(course.getCode(), people.keySet());
            Set<Long> certified = certified(course.getCode(), people.keySet(), now);
            Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
            List<AssignmentNotice> notices = new ArrayList<>();
            for (Learner learner : people.values()) {
                CourseAssignment.Applied applied = assignment.applyTo(learner,
                        Optional.ofNullable(open.get(learner.getId())), certified.contains(learner.getId()));
                applied.newEnrolment().ifPresent(enrolments::store);
                outcomes.merge(applied.outcome(), 1, Integer::sum);
                if (applied.outcome().isNews()) {
                    notices.add(new AssignmentNotice(learner.getEmail(), learner.getDisplayName(),
                            MailText.language(learner.getPreferredLanguage()), course.getTitle(), order.dueOn(),
                            applied.outcome()));
                }
            }
            AssignmentOutcome outcome = new AssignmentOutcome(course.getTitle(), outcomes);
            audit.record(AuditAction.COURSE_ASSIGNED, actor, course.getCode(),
                    AuditDetail.assignment(order.dueOn(), outcome.count(Outcome.ENROLLED),
                            outcome.count(Outcome.DUE_DATE_SET), outcome.count(Outcome.ALREADY_DUE),
                            outcome.count(Outcome.ALREADY_CERTIFIED)), sourceAddress);
            return new Carried(outcome, notices);
        });
        // Committed: now, and not before, the people concerned may be told.
        mail.tell(carried.notices());
        return carried.outcome();
    }

    /** What a committed order did, and whom to tell. */
    private record Carried(AssignmentOutcome outcome, List<AssignmentNotice> notices) {
    }

    /** Today where the organisation is: the earliest day a course can be due. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timezone()));
    }

    public long count(AssignmentFilter filter) {
        return assigned.count(filter, clock.instant());
    }

    /** How many assigned courses of the filter are in each state (the filter's own state aside). */
    public Map<AssignmentState, Long> countByState(AssignmentFilter filter) {
        return assigned.countByState(filter, clock.instant());
    }

    /**
     * Starts an export of the assigned courses of the filter: the audit record that HR exported them
     * (REPORT_EXPORTED), with how many there are; the rows are then read page by page.
     */
    public void export(AssignmentFilter filter, String actor, String sourceAddress) {
        audit.record(AuditAction.REPORT_EXPORTED, actor, "assignments.csv",
                AuditDetail.assignmentExport(count(filter), filter.courseCode(), filter.department(), filter.state()),
                sourceAddress);
    }

    /**
     * The assigned courses of the filter, open ones first, soonest due first, then by name: a page of {@code size}
     * after this one, or from the start when {@code after} is null.
     */
    public List<AssignedCourse> page(AssignmentFilter filter, AssignedCourse.Key after, int size) {
        Instant now = clock.instant();
        return assigned.page(filter, now, after == null ? null : new AssignmentQueries.After(after.open(),
                        after.dueAt(), after.name(), after.enrolmentId()), size).stream()
                .map(enrolment -> new AssignedCourse(enrolment.getId(), enrolment.getLearner().getDisplayName(),
                        enrolment.getLearner().getEmail(), enrolment.getLearner().getDepartment(),
                        enrolment.getCourse().getTitle(), enrolment.getCourse().getVersion(),
                        enrolment.getEnrolledAt(), enrolment.getDueAt(), enrolment.getCompletedAt(),
                        enrolment.assignmentStateAt(now).orElseThrow()))
                .toList();
    }

    /**
     * What an order says before the database is read: the well-formed e-mails it names, normalised and without
     * repeats, and every reason already known to refuse it (a missing course or date, a day that has passed or is too
     * far, malformed or too many e-mails, nobody named at all).
     */
    static Checked checked(AssignmentOrder order, LocalDate today) {
        List<AssignmentProblem.Reason> reasons = new ArrayList<>();
        if (order.courseCode() == null || order.courseCode().isBlank()) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.COURSE, "assignment.courseRequired"));
        }
        if (order.dueOn() == null) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.DUE, "assignment.dueRequired"));
        } else if (order.dueOn().isBefore(today)) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.DUE, "assignment.dueInPast"));
        } else if (order.dueOn().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.DUE, "assignment.dueTooFar", MAX_YEARS_AHEAD));
        }
        Set<String> emails = new LinkedHashSet<>();
        Set<String> malformed = new LinkedHashSet<>();
        order.emails().stream().filter(email -> email != null && !email.isBlank()).map(Learner::normalizeEmail)
                .forEach(email -> (isWellFormed(email) ? emails : malformed).add(email));
        if (!malformed.isEmpty()) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.PEOPLE, "assignment.malformedEmails",
                    malformed.size(), shown(malformed)));
        }
        if (emails.size() > MAX_NAMED) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.PEOPLE, "assignment.tooManyNamed", MAX_NAMED));
        }
        if (!order.everyone() && order.department() == null && emails.isEmpty() && malformed.isEmpty()) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.PEOPLE, "assignment.nobody"));
        }
        return new Checked(emails.size() > MAX_NAMED ? Set.of() : emails, reasons);
    }

    /** The well-formed e-mails an order names, and the reasons already known to refuse it. */
    record Checked(Set<String> emails, List<AssignmentProblem.Reason> reasons) {
    }

    /**
     * Whether an e-mail address is written as one: a local part without spaces, one {@code @}, and a domain of dotted
     * names (letters of any alphabet, digits, inner hyphens). Addresses that are well formed but nobody's are told
     * apart from these, which no directory can hold.
     */
    static boolean isWellFormed(String email) {
        return email.length() <= 254 && WELL_FORMED_EMAIL.matcher(email).matches();
    }

    /** Everyone the order names, by id: active employees only, each once; what is wrong with them, to {@code reasons}. */
    private Map<Long, Learner> people(AssignmentOrder order, Checked checked, List<AssignmentProblem.Reason> reasons) {
        Map<Long, Learner> people = new LinkedHashMap<>();
        if (order.everyone() || order.department() != null) {
            assigned.activeEmployees(order.everyone() ? null : order.department())
                    .forEach(learner -> people.put(learner.getId(), learner));
        }
        List<Learner> named = assigned.withEmails(checked.emails());
        Set<String> unknown = new LinkedHashSet<>(checked.emails());
        named.forEach(learner -> unknown.remove(learner.getEmail()));
        if (!unknown.isEmpty()) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.PEOPLE, "assignment.unknownEmails",
                    unknown.size(), shown(unknown)));
        }
        List<String> cannotLearn = named.stream().filter(learner -> !learner.isActive() || !learner.hasRole(Role.EMPLOYEE))
                .map(Learner::getEmail).sorted().toList();
        if (!cannotLearn.isEmpty()) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.PEOPLE, "assignment.notEmployees",
                    cannotLearn.size(), shown(cannotLearn)));
        }
        named.forEach(learner -> people.putIfAbsent(learner.getId(), learner));
        boolean peopleRefused = reasons.stream().anyMatch(reason -> reason.field().equals(AssignmentProblem.PEOPLE));
        if (people.isEmpty() && !peopleRefused) {
            reasons.add(new AssignmentProblem.Reason(AssignmentProblem.PEOPLE, "assignment.nobodyFound"));
        }
        return people;
    }

    /** The first few of these e-mails, for a message; the rest are counted in it. */
    private static String shown(Collection<String> emails) {
        return String.join(", ", emails.stream().limit(UNKNOWN_SHOWN).toList());
    }

    private Map<Long, Enrolment> openEnrolments(String courseCode, Collection<Long> learnerIds) {
        Map<Long, Enrolment> open = new HashMap<>();
        assigned.openEnrolments(courseCode, learnerIds).forEach(enrolment -> open.put(enrolment.getLearnerId(), enrolment));
        return open;
    }

    /** Who of these holds a certificate of the course that is valid now. */
    private Set<Long> certified(String courseCode, Collection<Long> learnerIds, Instant now) {
        return new HashSet<>(assigned.validCertificateHolders(courseCode, learnerIds, now));
    }
}
