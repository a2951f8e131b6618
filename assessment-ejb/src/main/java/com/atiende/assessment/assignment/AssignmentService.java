package com.atiende.assessment.assignment;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.certificate.CertificateStatus;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    private static final int IDS_PER_QUERY = 500;

    /** How many unknown e-mails a refusal names; the rest are counted. */
    private static final int UNKNOWN_SHOWN = 10;

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

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
     * @throws AssignmentProblem when the order lacks a course, a date or people, names a day that has passed, a
     *                           course not published, or e-mails of nobody who can take courses
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AssignmentOutcome assign(AssignmentOrder order, String actor, String sourceAddress) {
        ZoneId zone = settings.timezone();
        Set<String> emails = checked(order, today());
        Carried carried = transactions.run(() -> {
            Instant now = clock.instant();
            Course course = courses.findPublished(order.courseCode()).orElseThrow(() -> new AssignmentProblem(
                    AssignmentProblem.COURSE, "assignment.courseNotPublished", order.courseCode()));
            Map<Long, Learner> people = people(order, emails);
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

    /** The e-mails the order names, normalised and without repeats, once the order is known to be complete. */
    private Set<String> checked(AssignmentOrder order, LocalDate today) {
        if (order.courseCode() == null || order.courseCode().isBlank()) {
            throw new AssignmentProblem(AssignmentProblem.COURSE, "assignment.courseRequired");
        }
        if (order.dueOn() == null) {
            throw new AssignmentProblem(AssignmentProblem.DUE, "assignment.dueRequired");
        }
        if (order.dueOn().isBefore(today)) {
            throw new AssignmentProblem(AssignmentProblem.DUE, "assignment.dueInPast");
        }
        if (order.dueOn().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new AssignmentProblem(AssignmentProblem.DUE, "assignment.dueTooFar", MAX_YEARS_AHEAD);
        }
        Set<String> emails = new LinkedHashSet<>();
        order.emails().stream().filter(email -> email != null && !email.isBlank())
                .map(Learner::normalizeEmail).forEach(emails::add);
        if (emails.size() > MAX_NAMED) {
            throw new AssignmentProblem(AssignmentProblem.PEOPLE, "assignment.tooManyNamed", MAX_NAMED);
        }
        if (!order.everyone() && order.department() == null && emails.isEmpty()) {
            throw new AssignmentProblem(AssignmentProblem.PEOPLE, "assignment.nobody");
        }
        return emails;
    }

    /** Everyone the order names, by id: active employees only, each once. */
    private Map<Long, Learner> people(AssignmentOrder order, Set<String> emails) {
        Map<Long, Learner> people = new LinkedHashMap<>();
        if (order.everyone() || order.department() != null) {
            TypedQuery<Learner> query = entityManager.createNamedQuery(
                    order.everyone() ? "Learner.activeWithRole" : "Learner.activeWithRoleIn", Learner.class)
                    .setParameter("role", Role.EMPLOYEE);
            if (!order.everyone()) {
                query.setParameter("department", order.department());
            }
            query.getResultList().forEach(learner -> people.put(learner.getId(), learner));
        }
        List<Learner> named = inChunks(emails, chunk -> entityManager.createNamedQuery("Learner.findByEmails",
                Learner.class).setParameter("emails", chunk).getResultList());
        Set<String> unknown = new LinkedHashSet<>(emails);
        named.forEach(learner -> unknown.remove(learner.getEmail()));
        if (!unknown.isEmpty()) {
            throw new AssignmentProblem(AssignmentProblem.PEOPLE, "assignment.unknownEmails", unknown.size(),
                    String.join(", ", unknown.stream().limit(UNKNOWN_SHOWN).toList()));
        }
        List<String> cannotLearn = named.stream().filter(learner -> !learner.isActive() || !learner.hasRole(Role.EMPLOYEE))
                .map(Learner::getEmail).sorted().toList();
        if (!cannotLearn.isEmpty()) {
            throw new AssignmentProblem(AssignmentProblem.PEOPLE, "assignment.notEmployees", cannotLearn.size(),
                    String.join(", ", cannotLearn.stream().limit(UNKNOWN_SHOWN).toList()));
        }
        named.forEach(learner -> people.putIfAbsent(learner.getId(), learner));
        if (people.isEmpty()) {
            throw new AssignmentProblem(AssignmentProblem.PEOPLE, "assignment.nobodyFound");
        }
        return people;
    }

    private Map<Long, Enrolment> openEnrolments(String courseCode, Collection<Long> learnerIds) {
        Map<Long, Enrolment> open = new HashMap<>();
        inChunks(learnerIds, chunk -> entityManager.createNamedQuery("Enrolment.openOfLearners", Enrolment.class)
                .setParameter("courseCode", courseCode).setParameter("learnerIds", chunk).getResultList())
                .forEach(enrolment -> open.put(enrolment.getLearnerId(), enrolment));
        return open;
    }

    /** Who of these holds a certificate of the course that is valid now. */
    private Set<Long> certified(String courseCode, Collection<Long> learnerIds, Instant now) {
        return new HashSet<>(inChunks(learnerIds, chunk -> entityManager.createNamedQuery("Certificate.holdersOfValid",
                        Long.class).setParameter("courseCode", courseCode).setParameter("valid", CertificateStatus.VALID)
                .setParameter("now", now).setParameter("learnerIds", chunk).getResultList()));
    }

    private static <T, R> List<R> inChunks(Collection<T> values, Function<List<T>, List<R>> query) {
        List<T> all = List.copyOf(values);
        List<R> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))));
        }
        return results;
    }
}
