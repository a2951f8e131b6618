package com.atiende.assessment.credential;

import java.io.Serializable;
import java.time.Instant;

/**
 * The answer to "can this Open Badge credential be relied on?". Only {@link Status#VALID} is verified; every other
 * status says which check failed first: the form, the signature against the issuer's published keys, the validity
 * window, the certificate's revocation. Details of the credential are given only once its signature is ours.
 *
 * @param credentialId the credential's id, or null when it could not be read or trusted
 * @param holderName   as the credential states it, or null
 * @param courseTitle  as the credential states it, or null
 * @param reason       why the status, for the caller to say in its reader's language
 */
public record CredentialCheck(Status status, String credentialId, String holderName, String courseTitle,
                              Instant validFrom, Instant validUntil, Reason reason) implements Serializable {

    /** What the check found. */
    public enum Status {
        VALID,
        /** Not a compact JWS carrying an Open Badge credential of this issuer. */
        MALFORMED,
        /** Not signed with a key this issuer publishes, or altered since. */
        BAD_SIGNATURE,
        NOT_YET_VALID,
        EXPIRED,
        REVOKED,
        /** Signed by us, but the certificate it names is not on record. */
        UNKNOWN
    }

    /** Why a check ends as it does, finer than its status: what a person reading the answer is told. */
    public enum Reason {
        /** Not three base64url parts in their one spelling, with nothing around them. */
        NOT_COMPACT,
        /** Three parts, but no JWS. */
        NOT_A_JWS,
        NOT_RS256,
        SIGNATURE,
        PAYLOAD_NOT_JSON,
        /** Not an OpenBadgeCredential of this issuer with a validity period. */
        NOT_OURS,
        NOT_YET_VALID,
        CREDENTIAL_EXPIRED,
        CERTIFICATE_UNKNOWN,
        CERTIFICATE_REVOKED,
        CERTIFICATE_EXPIRED,
        VALID
    }

    public boolean verified() {
        return status == Status.VALID;
    }

    static CredentialCheck refused(Status status, Reason reason) {
        return new CredentialCheck(status, null, null, null, null, null, reason);
    }
}
