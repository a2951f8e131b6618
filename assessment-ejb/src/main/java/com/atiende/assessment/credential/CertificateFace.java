package com.atiende.assessment.credential;

import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.certificate.CertifiedAssessment;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything a certificate shows, in one language: what the PDF prints and the Open Badge credential states. Built
 * once from the certificate's record, so both say the same thing.
 *
 * @param certificateId   the record's id
 * @param credentialId    what its Open Badge credential is named by ({@code Certificate.getCredentialId})
 * @param holderEmail     to identify the holder in the credential (hashed there), never printed
 * @param courseSummary   what the course is about, for the credential's achievement description
 * @param status          as of when the face was made
 * @param verificationUrl where the QR code leads
 * @param finalAssessment the final assessment passed to complete the course, with its score; null for a course
 *                        without one
 */
public record CertificateFace(long certificateId, String credentialId, String holderName, String holderEmail,
                              String courseCode, int courseVersion, String courseTitle, String courseSummary,
                              String language, List<Score> scores, BigDecimal overall, Instant issuedAt, Instant expiresAt,
                              CertificateStatus status, String verificationCode, String verificationUrl,
                              CertifiedAssessment finalAssessment)
        implements Serializable {

    public CertificateFace {
        scores = List.copyOf(scores);
    }

    /** One certified competency, named in the face's language, scored 0-100 with one decimal. */
    public record Score(String code, String name, BigDecimal score) implements Serializable {
    }
}
