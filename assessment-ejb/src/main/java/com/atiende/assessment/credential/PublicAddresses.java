package com.atiende.assessment.credential;

import com.atiende.infrastructure.config.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The addresses printed on certificates and written into credentials, built from ATIENDE_PUBLIC_URL: they leave the
 * platform on paper and in wallets, so they must be the address people use, never the one the server sees.
 * Immutable and cheap, hence dependent: each user gets its own.
 */
@Dependent
public class PublicAddresses {

    private final String base;

    @Inject
    PublicAddresses(Settings settings) {
        this(settings.publicUrl());
    }

    private PublicAddresses(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** For code outside the container (tests, tools). */
    public static PublicAddresses of(String base) {
        return new PublicAddresses(base);
    }

    /** The site itself. */
    public String site() {
        return base;
    }

    /** The public page that tells whether the certificate with this code is valid: what the QR code opens. */
    public String verification(String code) {
        return base + "verify/" + code;
    }

    /** The issuer's profile (Open Badges {@code Profile}), also the {@code iss} of every credential. */
    public String issuer() {
        return base + "api/v1/issuer";
    }

    /** The issuer's public keys as a JWK set: the current one and those retired by a rotation. */
    public String issuerKeys() {
        return base + "api/v1/issuer/jwks";
    }

    /**
     * Where one of the issuer's public keys is published, as a single JWK: the {@code kid} of the credentials it
     * signs, which Open Badges 3.0 wants to be a URI that can be dereferenced to the key.
     *
     * @param keyId the key's id in the JWK set (its thumbprint)
     */
    public String issuerKey(String keyId) {
        return issuerKeyPrefix() + keyId;
    }

    /**
     * The key id a credential's {@code kid} names: the last segment of one of our key addresses, or, in
     * credentials signed before keys had addresses, the bare key id itself. Empty for anything else.
     */
    public Optional<String> keyIdOf(String kid) {
        if (kid == null || kid.isEmpty()) {
            return Optional.empty();
        }
        if (kid.startsWith(issuerKeyPrefix())) {
            String keyId = kid.substring(issuerKeyPrefix().length());
            return keyId.isEmpty() ? Optional.empty() : Optional.of(keyId);
        }
        return kid.contains(":") || kid.contains("/") ? Optional.empty() : Optional.of(kid);
    }

    /** The issuer's 1EdTech revocation list: the ids of the credentials it no longer stands by. */
    public String revocations() {
        return base + "api/v1/issuer/revocations";
    }

    /**
     * The id of the Open Badge credential of a certificate. Named by the certificate's record id rather than its
     * verification code, since the revocation list publishes the ids of revoked credentials and a code would let
     * anyone open the certificate's page.
     */
    public String credential(long certificateId) {
        return base + "api/v1/credentials/" + certificateId;
    }

    /** The certificate a credential id of ours names, if it is one. */
    public OptionalLong certificateOf(String credentialId) {
        String prefix = base + "api/v1/credentials/";
        if (credentialId == null || !credentialId.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        String id = credentialId.substring(prefix.length());
        return id.matches("[1-9][0-9]{0,17}") ? OptionalLong.of(Long.parseLong(id)) : OptionalLong.empty();
    }

    private String issuerKeyPrefix() {
        return base + "api/v1/issuer/keys/";
    }

    /** The achievement a course version stands for: a name, not an address one can open. */
    public String achievement(String courseCode, int courseVersion) {
        return "urn:atiende:achievement:" + courseCode + ":" + courseVersion;
    }
}
