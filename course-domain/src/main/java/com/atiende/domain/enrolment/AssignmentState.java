package com.atiende.domain.enrolment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a course that is due by a date (assigned by HR, or re-enrolled for recertification) stands against that
 * date: what a learner is reminded of and what HR follows for compliance.
 */
public enum AssignmentState {
    /** Open, and the date has not passed. */
    PENDING,
    /** Open after the date. */
    OVERDUE,
    /** Completed by the date. */
    COMPLETED_ON_TIME,
    /** Completed, after the date. */
    COMPLETED_LATE;

    /** The state of an enrolment in this status, due at {@code dueAt}; empty when it is not due by any date. */
    public static Optional<AssignmentState> of(EnrolmentStatus status, Instant dueAt, Instant completedAt,
                                               Instant now) {
        if (dueAt == null) {
            return Optional.empty();
        }
        if (status == EnrolmentStatus.ACTIVE) {
            return Optional.of(now.isAfter(dueAt) ? OVERDUE : PENDING);
        }
        Objects.requireNonNull(completedAt, "a completed enrolment has a completion time");
        return Optional.of(completedAt.isAfter(dueAt) ? COMPLETED_LATE : COMPLETED_ON_TIME);
    }

    public boolean isOpen() {
        return this == PENDING || this == OVERDUE;
    }
}
