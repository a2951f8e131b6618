package com.atiende.assessment.reminder;

/** What one run did: the enrolments found calling for a reminder, those it claimed, and how many were told. */
public record ReminderRun(int found, int claimed, int notified) {
}
