package com.atiende.assessment.reminder;

import com.atiende.domain.enrolment.DueReminder;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentStatus;
import com.atiende.domain.learner.Learner;
import com.atiende.infrastructure.mail.MailText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Claims one enrolment's reminder inside the caller's transaction: locks the enrolment's row, so that two runs
 * reaching it at once take turns and the second finds the first one's claim; the claim's unique key (enrolment,
 * kind, due date) stands behind the lock. A CDI bean, as recertification's claims, so that the caller's
 * {@code RetryingTransactions} can run a claim again when a concurrent run wins.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DueReminderClaims {

    /** How many enrolments one run takes on; the next run takes the rest. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    /**
     * The open enrolments of active learners that call for a reminder not claimed yet: overdue ones, then those due
     * within {@code leadTime}, soonest due first.
     */
    public List<Long> calling(Instant now, Duration leadTime) {
        // Whether the learner is active is read, not compared: EclipseLink writes a boolean as 1, which H2 refuses.
        // As DueReminder.calledFor decides it.
        Stream<Object[]> overdue = candidates("e.dueAt < :now", DueReminder.Kind.OVERDUE, now, leadTime);
        Stream<Object[]> dueSoon = candidates("e.dueAt >= :now AND e.dueAt <= :horizon AND e.enrolledAt <= :toldBefore",
                DueReminder.Kind.DUE_SOON, now, leadTime);
        return Stream.concat(overdue, dueSoon).filter(row -> Boolean.TRUE.equals(row[1]))
                .map(row -> (Long) row[0]).limit(BATCH).toList();
    }

    private Stream<Object[]> candidates(String due, DueReminder.Kind kind, Instant now, Duration leadTime) {
        var query = entityManager.createQuery("SELECT e.id, l.active FROM Enrolment e JOIN e.learner l"
                        + " WHERE e.status = :active AND " + due
                        + " AND NOT EXISTS (SELECT r FROM DueReminder r WHERE r.enrolmentId = e.id"
                        + " AND r.kind = :kind AND r.dueAt = e.dueAt) ORDER BY e.dueAt, e.id", Object[].class)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .setParameter("kind", kind)
                .setParameter("now", now)
                .setMaxResults(BATCH);
        if (kind == DueReminder.Kind.DUE_SOON) {
            query.setParameter("horizon", now.plus(leadTime)).setParameter("toldBefore", now.minus(leadTime));
        }
        return query.getResultStream();
    }

    /**
     * Claims the enrolment's reminder if it still calls for one nobody claimed.
     *
     * @param claimedBy the instance claiming it
     * @return what to tell the learner; empty when there is nothing to tell (claimed elsewhere, or no longer called
     *         for: completed, the date moved, the learner deactivated)
     */
    public Optional<ReminderNotice> claim(long enrolmentId, Instant now, Duration leadTime, String claimedBy) {
        Enrolment enrolment = entityManager.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null || !enrolment.getLearner().isActive()) {
            return Optional.empty();
        }
        Optional<DueReminder.Kind> kind = DueReminder.calledFor(enrolment, now, leadTime);
        if (kind.isEmpty() || claimed(enrolment, kind.get())) {
            return Optional.empty();
        }
        DueReminder reminder = new DueReminder(enrolment, kind.get(), now, claimedBy);
        entityManager.persist(reminder);
        entityManager.flush();
        Learner learner = enrolment.getLearner();
        return Optional.of(new ReminderNotice(reminder.getId(), learner.getEmail(), learner.getDisplayName(),
                MailText.language(learner.getPreferredLanguage()), enrolment.getCourse().getTitle(),
                enrolment.getDueAt(), kind.get()));
    }

    /** Records whether the learner of a claimed reminder was told. */
    public void notified(long reminderId, DueReminder.Notification result, Instant at) {
        entityManager.find(DueReminder.class, reminderId).notified(result, at);
    }

    private boolean claimed(Enrolment enrolment, DueReminder.Kind kind) {
        return !entityManager.createQuery("SELECT r.id FROM DueReminder r WHERE r.enrolmentId = :enrolment"
                        + " AND r.kind = :kind AND r.dueAt = :dueAt", Long.class)
                .setParameter("enrolment", enrolment.getId()).setParameter("kind", kind)
                .setParameter("dueAt", enrolment.getDueAt()).setMaxResults(1).getResultList().isEmpty();
    }
}
