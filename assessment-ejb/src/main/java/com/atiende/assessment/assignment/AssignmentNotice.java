package com.atiende.assessment.assignment;

import com.atiende.domain.enrolment.CourseAssignment.Outcome;
import java.time.LocalDate;

/** An e-mail to tell someone an order concerns them: enrolled, or given a new date for a course under way. */
public record AssignmentNotice(String email, String name, String language, String courseTitle, LocalDate dueOn,
                               Outcome outcome) {
}
