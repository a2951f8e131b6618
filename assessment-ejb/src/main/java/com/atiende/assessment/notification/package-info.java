/**
 * Notifications sent once however many instances look: one runner ({@link
 * com.atiende.assessment.notification.NotificationRunService}) and one hourly job for every kind (recertification,
 * due-date reminders), each kind saying only what is due, how one due thing is claimed and where the outcome goes.
 */
package com.atiende.assessment.notification;
