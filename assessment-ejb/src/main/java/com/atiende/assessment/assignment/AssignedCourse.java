package com.atiende.assessment.assignment;

import com.atiende.domain.enrolment.AssignmentState;
import java.io.Serializable;
import java.time.Instant;

/** One person's course that is due by a date, as HR follows it. */
public record AssignedCourse(long enrolmentId, String name, String email, String department, String courseTitle,
                             int courseVersion, Instant enrolledAt, Instant dueAt, Instant completedAt,
                             AssignmentState state) implements Serializable {
}
