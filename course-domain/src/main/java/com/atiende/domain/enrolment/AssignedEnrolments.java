package com.atiende.domain.enrolment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

/**
 * The queries of HR's list of assigned courses (enrolments due by a date): counted and paged in the database, since
 * the list grows with every order, each {@link AssignmentState} said as a condition on the enrolment's columns.
 */
public final class AssignedEnrolments {

    private AssignedEnrolments() {
    }

    /** How many enrolments of the filter there are, in its state at {@code now}. */
    public static TypedQuery<Long> count(EntityManager entityManager, AssignmentFilter filter, Instant now) {
        return bind(entityManager.createQuery("SELECT COUNT(e) FROM Enrolment e JOIN e.learner l" + where(filter),
                Long.class), filter, now);
    }

    /** The enrolments of the filter with their learners and courses: open ones first, soonest due first. */
    public static TypedQuery<Enrolment> list(EntityManager entityManager, AssignmentFilter filter, Instant now) {
        return bind(entityManager.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.learner l JOIN FETCH e.course"
                + where(filter) + " ORDER BY e.status, e.dueAt, l.displayName, e.id", Enrolment.class), filter, now);
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
            // As AssignmentState.of says it: open is due until dueAt inclusive, completed is on time at dueAt.
            where.append(switch (filter.state()) {
                case PENDING -> " AND e.status = :active AND e.dueAt >= :now";
                case OVERDUE -> " AND e.status = :active AND e.dueAt < :now";
                case COMPLETED_ON_TIME -> " AND e.status = :completed AND e.completedAt <= e.dueAt";
                case COMPLETED_LATE -> " AND e.status = :completed AND e.completedAt > e.dueAt";
            });
        }
        return where.toString();
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
}
