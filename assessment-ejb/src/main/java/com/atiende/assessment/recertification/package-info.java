/**
 * Recertification: an hourly job finds the certificates that expire within ATIENDE_RECERTIFY_DAYS, enrols each holder
 * again in the course's published version and tells them by e-mail, once per certificate even with several
 * instances running, because each certificate is claimed in the database first.
 */
package com.atiende.assessment.recertification;
