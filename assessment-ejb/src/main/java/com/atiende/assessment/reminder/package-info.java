/**
 * Reminders of courses due by a date: an e-mail when one is due soon and another when it is overdue, each sent once
 * however many instances look, as a kind of {@link com.atiende.assessment.notification.ClaimedNotification} run
 * every hour.
 */
package com.atiende.assessment.reminder;
