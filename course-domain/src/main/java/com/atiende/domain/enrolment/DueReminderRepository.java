package com.atiende.domain.enrolment;

/**
 * Where the claims of due-date reminders are kept, one per enrolment, kind and due date. The JPA implementation uses
 * the {@code DueReminder.*} named queries.
 */
public interface DueReminderRepository {

    /** Whether the reminder of this kind was claimed for the enrolment's current due date. */
    boolean isClaimed(Enrolment enrolment, DueReminder.Kind kind);

    /** The claimed reminder with this id, which must exist. */
    DueReminder get(long reminderId);

    /** Stores a new claim and gives it its id; a second claim of the same reminder fails the unique key. */
    void store(DueReminder claim);
}
