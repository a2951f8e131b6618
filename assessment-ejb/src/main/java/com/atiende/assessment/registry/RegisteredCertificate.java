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
}
