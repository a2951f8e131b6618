package com.atiende.assessment.notification;

/**
 * What one run of a kind of notification did.
 *
 * @param kind    the kind's {@link ClaimedNotification#name name}
 * @param due     things found due and not yet claimed when the run began
 * @param claimed things this run claimed (the others were claimed by a concurrent run, or no longer due)
 * @param sent    messages this run handed to the mail server
 */
public record NotificationRun(String kind, int due, int claimed, int sent) {
}
