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
 */
public record CredentialCheck(Status status, String credentialId, String holderName, String courseTitle,
                              Instant validFrom, Instant validUntil, String detail) implements Serializable {

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

    public boolean verified() {
        return status == Status.VALID;
    }

    static CredentialCheck refused(Status status, String detail) {
        return new CredentialCheck(status, null, null, null, null, null, detail);
    }
}
