/**
 * Notifications sent once however many instances look: what the claims of every kind of notice (recertification,
 * due-date reminders) share in the domain.
 */
package com.atiende.domain.notification;
