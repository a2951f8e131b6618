/**
 * Public certificate verification, no sign-in: the form at /verify, the answer at /verify/{code} (what a certificate's
 * QR code opens), the client address it is rate-limited by, and the limit itself.
 */
package com.atiende.web.verify;
