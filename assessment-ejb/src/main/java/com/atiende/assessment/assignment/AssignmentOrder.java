package com.atiende.assessment.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * HR's order: who must complete which course by which day. The people are the union of everyone (when
 * {@code everyone}), a department's and those named by e-mail; only active employees take courses.
 *
 * @param courseCode the course (its published version)
 * @param dueOn      the last day to complete it, in the organisation's time zone
 * @param everyone   every active employee
 * @param department every active employee of this department, or null
 * @param emails     people named one by one (any case, blanks ignored)
 */
public record AssignmentOrder(String courseCode, LocalDate dueOn, boolean everyone, String department,
                              List<String> emails) {

    public AssignmentOrder {
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
