package com.atiende.assessment.registry;

import com.atiende.domain.certificate.CertificateStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A certificate as HR lists it.
 *
 * @param status as of now
 */
public record RegisteredCertificate(long certificateId, String holderName, String holderEmail, String department,
                                    String courseTitle, int courseVersion, String verificationCode, Instant issuedAt,
                                    Instant expiresAt, CertificateStatus status, Instant revokedAt,
                                    String revocationReason) implements Serializable {

    /** Where this certificate stands in the register, newest first: the next page starts after it. */
    public Key key() {
        return new Key(issuedAt, certificateId);
    }

    /** A position in the register: when the certificate was issued, and the id among those issued then. */
    public record Key(Instant issuedAt, long certificateId) implements Serializable {
    }
}
