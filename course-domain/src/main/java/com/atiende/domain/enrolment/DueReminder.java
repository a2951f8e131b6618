package com.atiende.domain.enrolment;

import com.atiende.domain.notification.NoticeDelivery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The record that someone was reminded of a course due by a date: that it is due soon, or that it is overdue. It is
 * also the claim: one per enrolment, kind and due date (a unique key), so whichever instance inserts it first sends
 * the e-mail and any other finds it and sends nothing. A date moved by HR is a new date, reminded of afresh.
 */
@Entity
@Table(name = "due_reminder")
// The open enrolments whose reminder of a kind is not claimed yet, soonest due first, with whether their learner is
// active (read, not compared: EclipseLink writes a boolean as 1, which H2 refuses); as calledFor decides it.
@NamedQuery(name = "DueReminder.overdueEnrolments",
        query = "SELECT e.id, l.active FROM Enrolment e JOIN e.learner l"
                + " WHERE e.status = :active AND e.dueAt < :now"
                + " AND NOT EXISTS (SELECT r FROM DueReminder r WHERE r.enrolmentId = e.id"
                + " AND r.kind = :kind AND r.dueAt = e.dueAt) ORDER BY e.dueAt, e.id")
@NamedQuery(name = "DueReminder.dueSoonEnrolments",
        query = "SELECT e.id, l.active FROM Enrolment e JOIN e.learner l"
                + " WHERE e.status = :active AND e.dueAt >= :now AND e.dueAt <= :horizon"
                + " AND e.enrolledAt <= :toldBefore"
                + " AND NOT EXISTS (SELECT r FROM DueReminder r WHERE r.enrolmentId = e.id"
                + " AND r.kind = :kind AND r.dueAt = e.dueAt) ORDER BY e.dueAt, e.id")
@NamedQuery(name = "DueReminder.findClaim",
        query = "SELECT r.id FROM DueReminder r WHERE r.enrolmentId = :enrolmentId AND r.kind = :kind"
                + " AND r.dueAt = :dueAt")
public class DueReminder {

    /** What the person is reminded of. */
    public enum Kind {
        /** The course is due within the reminder's lead time. */
        DUE_SOON,
        /** The date has passed and the course is still open. */
        OVERDUE
    }

    @Id
    @SequenceGenerator(name = "due_reminder_seq", sequenceName = "due_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "due_reminder_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "claimed_by", nullable = false, length = 100)
    private String claimedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification", nullable = false, length = 16)
    private NoticeDelivery notification;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected DueReminder() {
        // for JPA
    }

    /** Claims the reminder of this kind for the enrolment's current due date. */
    public DueReminder(Enrolment enrolment, Kind kind, Instant claimedAt, String claimedBy) {
        this.enrolmentId = Objects.requireNonNull(enrolment.getId(), "a stored enrolment");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.dueAt = Objects.requireNonNull(enrolment.getDueAt(), "an enrolment due by a date");
        this.claimedAt = Objects.requireNonNull(claimedAt, "claimedAt");
        this.claimedBy = Objects.requireNonNull(claimedBy, "claimedBy");
        this.notification = NoticeDelivery.PENDING;
    }

    /**
     * What an enrolment calls for at {@code now}: nothing when it is completed or due by no date; a reminder that it
     * is overdue once the date has passed (as {@link AssignmentState#OVERDUE} says it); one that it is due soon when
     * the date is {@code leadTime} away or less, unless the course was taken on within that time (the person was
     * told the date then: a reminder days later would only repeat it).
     */
    public static Optional<Kind> calledFor(Enrolment enrolment, Instant now, Duration leadTime) {
        if (!enrolment.isActive() || enrolment.getDueAt() == null) {
            return Optional.empty();
        }
        if (now.isAfter(enrolment.getDueAt())) {
            return Optional.of(Kind.OVERDUE);
        }
        boolean dueSoon = !enrolment.getDueAt().isAfter(now.plus(leadTime));
        boolean toldLately = enrolment.getEnrolledAt().isAfter(now.minus(leadTime));
        return dueSoon && !toldLately ? Optional.of(Kind.DUE_SOON) : Optional.empty();
    }

    /** Records whether the person was told; only the first word counts. */
    public void notified(NoticeDelivery result, Instant at) {
        notification = notification.settledAs(result);
        notifiedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }
}
