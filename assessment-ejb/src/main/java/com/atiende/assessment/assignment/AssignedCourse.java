package com.atiende.assessment.assignment;

import com.atiende.domain.enrolment.AssignmentState;
import java.io.Serializable;
import java.time.Instant;

/** One person's course that is due by a date, as HR follows it. */
public record AssignedCourse(long enrolmentId, String name, String email, String department, String courseTitle,
                             int courseVersion, Instant enrolledAt, Instant dueAt, Instant completedAt,
                             AssignmentState state) implements Serializable {

    /** Where this course stands in the list (open first, soonest due first, by name): the next page starts after it. */
    public Key key() {
        return new Key(state.isOpen(), dueAt, name, enrolmentId);
    }

    /** A position in the list: open or not, the due date, the name, and the enrolment's id among equals. */
    public record Key(boolean open, Instant dueAt, String name, long enrolmentId) implements Serializable {
    }
}
