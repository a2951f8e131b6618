package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.enrolment.DueReminder;
import com.atiende.domain.enrolment.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The list the due-date reminder run works through, by the {@code DueReminder.*Enrolments} named queries: ids only,
 * since each enrolment is then read again, locked, by its claim. Joins the caller's transaction.
 */
@ApplicationScoped
public class DueReminderQueries {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    /**
     * The open enrolments of active learners that call for a reminder not claimed yet, as
     * {@link DueReminder#calledFor} decides it: overdue ones, then those due within {@code leadTime}, soonest due
     * first.
     */
    public List<Long> calling(Instant now, Duration leadTime, int limit) {
        Stream<Object[]> overdue = entityManager.createNamedQuery("DueReminder.overdueEnrolments", Object[].class)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .setParameter("kind", DueReminder.Kind.OVERDUE)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream();
        Stream<Object[]> dueSoon = entityManager.createNamedQuery("DueReminder.dueSoonEnrolments", Object[].class)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .setParameter("kind", DueReminder.Kind.DUE_SOON)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(leadTime))
                .setParameter("toldBefore", now.minus(leadTime))
                .setMaxResults(limit)
                .getResultStream();
        return Stream.concat(overdue, dueSoon)
                .filter(row -> Boolean.TRUE.equals(row[1]))
                .map(row -> (Long) row[0])
                .limit(limit)
                .toList();
    }
}
