package com.atiende.assessment.certificate;

import com.atiende.domain.certificate.CertificateStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A certificate as its holder sees it, with the competency scores it certifies.
 *
 * @param status           as of now: valid, expired or revoked
 * @param revokedAt        when it was revoked, or null
 * @param revocationReason why, or null
 * @param overall          the overall score across the certified scenarios
 */
public record CertificateView(long certificateId, String verificationCode, String courseCode, int courseVersion,
                              String courseTitle, Instant issuedAt, Instant expiresAt, CertificateStatus status,
                              Instant revokedAt, String revocationReason, BigDecimal overall,
                              List<Score> scores) implements Serializable {

    public CertificateView {
        scores = List.copyOf(scores);
    }

    /** One certified competency score, 0-100 with one decimal. */
    public record Score(String code, String nameEs, String nameEn, BigDecimal score) implements Serializable {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameEs;
        }
    }
}
