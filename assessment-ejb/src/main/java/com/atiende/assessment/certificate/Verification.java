package com.atiende.assessment.certificate;

import java.io.Serializable;
import java.time.Instant;

/**
 * What public verification tells about a code: for a known code, whose certificate it is, for which course and
 * its dates; for an unknown one, nothing but that.
 *
 * @param code      the code as normalised (upper case, no separators)
 * @param status    valid, expired, revoked or unknown
 * @param revokedAt when it was revoked, or null
 * @param finalAssessmentTitle the final assessment passed to complete the course, or null for a course without one
 */
public record Verification(String code, Status status, String holderName, String courseTitle, int courseVersion,
                           Instant issuedAt, Instant expiresAt, Instant revokedAt, String finalAssessmentTitle)
        implements Serializable {

    /** The answer to "can this certificate be relied on?". */
    public enum Status {
        VALID,
        EXPIRED,
        REVOKED,
        UNKNOWN
    }

    static Verification unknown(String code) {
        return new Verification(code, Status.UNKNOWN, null, null, 0, null, null, null, null);
    }
}
