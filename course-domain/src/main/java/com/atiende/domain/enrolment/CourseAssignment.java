package com.atiende.domain.enrolment;

import com.atiende.domain.course.Course;
import com.atiende.domain.learner.Learner;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * HR's order that people complete a course by a date, applied one person at a time. Someone not taking the course
 * is enrolled in the version published now, due by the date; someone taking it keeps their progress and their
 * version and is given the date, or has it moved (earlier or later: HR's latest word stands); someone who holds a
 * valid certificate of the course is left alone, having done it.
 */
public final class CourseAssignment {

    /** What the order did for one person. */
    public enum Outcome {
        ENROLLED,
        DUE_DATE_SET,
        ALREADY_DUE,
        ALREADY_CERTIFIED;

        /** Whether the person has news to be told: a course to take, or a new date for one under way. */
        public boolean isNews() {
            return this == ENROLLED || this == DUE_DATE_SET;
        }
    }

    /** The outcome, and for {@link Outcome#ENROLLED} the new enrolment, which the caller stores. */
    public record Applied(Outcome outcome, Optional<Enrolment> newEnrolment) {
    }

    private final Course course;
    private final Instant dueAt;
    private final Instant at;

    /**
     * @param course the published version people are enrolled in
     * @param dueAt  when the course is due ({@link Enrolment#dueAtEndOf}), after {@code at}
     * @param at     when the order is given
     * @throws IllegalArgumentException when the course is not published or the date has passed
     */
    public CourseAssignment(Course course, Instant dueAt, Instant at) {
        if (!course.isPublished()) {
            throw new IllegalArgumentException("course '" + course.getCode() + "' v" + course.getVersion()
                    + " is not published");
        }
        if (!dueAt.isAfter(at)) {
            throw new IllegalArgumentException("a course cannot be due at " + dueAt + ", before it is assigned at " + at);
        }
        this.course = course;
        this.dueAt = dueAt;
        this.at = Objects.requireNonNull(at, "at");
    }

    /**
     * @param open      the person's open enrolment in the course (any version), if there is one
     * @param certified whether the person holds a valid certificate of the course
     */
    public Applied applyTo(Learner learner, Optional<Enrolment> open, boolean certified) {
        if (open.isPresent()) {
            return new Applied(open.get().dueBy(dueAt) ? Outcome.DUE_DATE_SET : Outcome.ALREADY_DUE, Optional.empty());
        }
        if (certified) {
            return new Applied(Outcome.ALREADY_CERTIFIED, Optional.empty());
        }
        return new Applied(Outcome.ENROLLED, Optional.of(new Enrolment(learner, course, at, dueAt)));
    }
}
