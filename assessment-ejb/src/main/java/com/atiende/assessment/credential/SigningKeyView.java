package com.atiende.assessment.credential;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of the issuer's Open Badges keys as an administrator sees it: never its private half.
 *
 * @param keyId       its id in the published key set (a JWK thumbprint, RFC 7638)
 * @param address     where it is published, the {@code kid} of the credentials it signed
 * @param retiredAt   when a rotation retired it; null for the key that signs now
 * @param fingerprint the SHA-256 of its public key (SubjectPublicKeyInfo), in hex pairs, as tools print a key's
 */
public record SigningKeyView(String keyId, String address, Instant createdAt, Instant retiredAt, String fingerprint)
        implements Serializable {
}
