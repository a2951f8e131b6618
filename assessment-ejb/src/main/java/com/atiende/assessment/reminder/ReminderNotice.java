package com.atiende.assessment.reminder;

import com.atiende.domain.enrolment.DueReminder;
import java.time.Instant;

/** What to tell a learner whose reminder was claimed. */
public record ReminderNotice(long reminderId, String email, String name, String language, String courseTitle,
                             Instant dueAt, DueReminder.Kind kind) {
}
