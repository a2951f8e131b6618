package com.atiende.assessment.certificate;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A certificate in a list, without its scores.
 *
 * @param status as of now: valid, expired or revoked
 */
public record CertificateSummary(long certificateId, String verificationCode, Instant issuedAt, Instant expiresAt,
                                 CertificateStatus status) implements Serializable {

    public static CertificateSummary of(Certificate certificate, Instant now) {
        return new CertificateSummary(certificate.getId(), certificate.getVerificationCode(),
                certificate.getIssuedAt(), certificate.getExpiresAt(), certificate.statusAt(now));
    }
}
