package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.enrolment.AssignmentFilter;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentStatus;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * HR's list of assigned courses (enrolments due by a date): counted, and paged by key (open first, due date, name,
 * id) in the database, since the list grows with every order, each {@link AssignmentState} said as a condition on the enrolment's columns. The statement is
 * built from the filter's conditions rather than named: each combination is then planned with the conditions it has,
 * where a named query would need {@code :x IS NULL OR ...} that the database cannot plan well.
 */
@ApplicationScoped
public class AssignmentQueries {

    /** Values per IN list when an order looks up its people: well within every database's limits. */
    private static final int IDS_PER_QUERY = 500;

    @PersistenceContext(unitName = "atiende")
    EntityManager entityManager;

    /** How many enrolments of the filter there are, in its state at {@code now}. */
    public long count(AssignmentFilter filter, Instant now) {
        return bind(entityManager.createQuery("SELECT COUNT(e) FROM Enrolment e JOIN e.learner l" + where(filter),
                Long.class), filter, now).getSingleResult();
    }

    /**
     * The enrolments of the filter with their learners and courses, open first, soonest due first, then by name: the
     * first {@code size} after this one, or from the start when {@code after} is null.
     */
    public List<Enrolment> page(AssignmentFilter filter, Instant now, After after, int size) {
        TypedQuery<Enrolment> query = entityManager.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.learner l"
                + " JOIN FETCH e.course" + where(filter) + (after == null ? "" : after.condition())
                + " ORDER BY e.status, e.dueAt, l.displayName, e.id", Enrolment.class);
        if (after != null) {
            after.bind(query);
        }
        return bind(query, filter, now).setMaxResults(size).getResultList();
    }

    /**
     * The enrolment a page starts after, by the columns the list is ordered by. An open one (ACTIVE sorts before
     * COMPLETED) is followed by the rest of the open ones and then by every completed one.
     */
    public record After(boolean open, Instant dueAt, String name, long enrolmentId) {

        private String condition() {
            String later = "(e.dueAt > :afterDue OR (e.dueAt = :afterDue AND (l.displayName > :afterName"
                    + " OR (l.displayName = :afterName AND e.id > :afterId))))";
            return open ? " AND ((e.status = :afterStatus AND " + later + ") OR e.status = :laterStatus)"
                    : " AND e.status = :afterStatus AND " + later;
        }

        private void bind(TypedQuery<?> query) {
            query.setParameter("afterStatus", open ? EnrolmentStatus.ACTIVE : EnrolmentStatus.COMPLETED)
                    .setParameter("afterDue", dueAt).setParameter("afterName", name).setParameter("afterId", enrolmentId);
            if (open) {
                query.setParameter("laterStatus", EnrolmentStatus.COMPLETED);
            }
        }
    }

    /**
     * How many enrolments of the filter (its state aside) are in each state at {@code now}, in one pass: a
     * {@code SUM} of each state's condition.
     */
    public Map<AssignmentState, Long> countByState(AssignmentFilter filter, Instant now) {
        AssignmentFilter anyState = filter.withState(null);
        String sums = Arrays.stream(AssignmentState.values())
                .map(state -> "SUM(CASE WHEN" + condition(state) + " THEN 1 ELSE 0 END)")
                .collect(Collectors.joining(", "));
        TypedQuery<Object[]> query = entityManager.createQuery("SELECT " + sums
                        + " FROM Enrolment e JOIN e.learner l" + where(anyState), Object[].class)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .setParameter("now", now);
        Object[] row = bind(query, anyState, now).getSingleResult();
        Map<AssignmentState, Long> counts = new EnumMap<>(AssignmentState.class);
        for (AssignmentState state : AssignmentState.values()) {
            // SUM over no rows is NULL.
            counts.put(state, row[state.ordinal()] == null ? 0L : ((Number) row[state.ordinal()]).longValue());
        }
        return counts;
    }

    private static String where(AssignmentFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE e.dueAt IS NOT NULL");
        if (filter.courseCode() != null) {
            where.append(" AND e.courseCode = :course");
        }
        if (filter.department() != null) {
            where.append(" AND l.department = :department");
        }
        if (filter.state() != null) {
            where.append(" AND").append(condition(filter.state()));
        }
        return where.toString();
    }

    /** A state as a condition, as {@link AssignmentState#of} decides it: due until dueAt inclusive, on time at dueAt. */
    private static String condition(AssignmentState state) {
        return switch (state) {
            case PENDING -> " (e.status = :active AND e.dueAt >= :now)";
            case OVERDUE -> " (e.status = :active AND e.dueAt < :now)";
            case COMPLETED_ON_TIME -> " (e.status = :completed AND e.completedAt <= e.dueAt)";
            case COMPLETED_LATE -> " (e.status = :completed AND e.completedAt > e.dueAt)";
        };
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AssignmentFilter filter, Instant now) {
        if (filter.courseCode() != null) {
            query.setParameter("course", filter.courseCode());
        }
        if (filter.department() != null) {
            query.setParameter("department", filter.department());
        }
        if (filter.state() != null) {
            if (filter.state().isOpen()) {
                query.setParameter("active", EnrolmentStatus.ACTIVE).setParameter("now", now);
            } else {
                query.setParameter("completed", EnrolmentStatus.COMPLETED);
            }
        }
        return query;
    }

    /** The active employees of a department, or of the whole organisation when it is null: whom an order names. */
    public List<Learner> activeEmployees(String department) {
        TypedQuery<Learner> query = entityManager.createNamedQuery(
                department == null ? "Learner.activeWithRole" : "Learner.activeWithRoleIn", Learner.class)
                .setParameter("role", Role.EMPLOYEE);
        if (department != null) {
            query.setParameter("department", department);
        }
        return query.getResultList();
    }

    /** The people with these (normalised) e-mails. */
    public List<Learner> withEmails(Collection<String> emails) {
        return inChunks(emails, chunk -> entityManager.createNamedQuery("Learner.findByEmails", Learner.class)
                .setParameter("emails", chunk).getResultList());
    }

    /** The open enrolments of these people in any version of the course. */
    public List<Enrolment> openEnrolments(String courseCode, Collection<Long> learnerIds) {
        return inChunks(learnerIds, chunk -> entityManager.createNamedQuery("Enrolment.openOfLearners", Enrolment.class)
                .setParameter("courseCode", courseCode).setParameter("learnerIds", chunk).getResultList());
    }

    /** Who of these holds a certificate of the course that is valid at {@code now}. */
    public List<Long> validCertificateHolders(String courseCode, Collection<Long> learnerIds, Instant now) {
        return inChunks(learnerIds, chunk -> entityManager.createNamedQuery("Certificate.holdersOfValid", Long.class)
                .setParameter("courseCode", courseCode).setParameter("valid", CertificateStatus.VALID)
                .setParameter("now", now).setParameter("learnerIds", chunk).getResultList());
    }

    /** Runs a query per chunk of {@link #IDS_PER_QUERY} values: an IN list of thousands is slow or refused. */
    private static <T, R> List<R> inChunks(Collection<T> values, Function<List<T>, List<R>> query) {
        List<T> all = List.copyOf(values);
        List<R> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))));
        }
        return results;
    }
}
