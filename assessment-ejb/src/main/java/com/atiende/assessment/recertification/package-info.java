/**
 * Recertification: every hour the certificates that expire within ATIENDE_RECERTIFY_DAYS are found, each holder
 * enrolled again in the course's published version and told by e-mail, once per certificate even with several
 * instances running, because each certificate is claimed in the database first (a kind of
 * {@link com.atiende.assessment.notification.ClaimedNotification}).
 */
package com.atiende.assessment.recertification;
