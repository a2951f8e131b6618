/** Sending e-mail through the SMTP server the operator configures (ATIENDE_SMTP_*), with Jakarta Mail. */
package com.atiende.infrastructure.mail;
