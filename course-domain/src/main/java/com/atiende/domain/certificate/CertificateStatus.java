package com.atiende.domain.certificate;

/**
 * Whether a certificate can be relied on. Only {@link #VALID} and {@link #REVOKED} are stored; {@link #EXPIRED} is
 * derived from the expiry date ({@link Certificate#statusAt}), so nothing has to run when a date passes.
 */
public enum CertificateStatus {
    VALID,
    EXPIRED,
    REVOKED
}
