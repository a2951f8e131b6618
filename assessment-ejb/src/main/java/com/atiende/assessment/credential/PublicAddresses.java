package com.atiende.assessment.credential;

import com.atiende.infrastructure.config.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses printed on certificates and written into credentials, built from ATIENDE_PUBLIC_URL: they leave the
 * platform on paper and in wallets, so they must be the address people use, never the one the server sees.
 * Immutable and cheap, hence dependent: each user gets its own.
 */
@Dependent
public class PublicAddresses {

    /** A random credential id as issued (a lower-case UUID), or a record id as older credentials have it. */
    private static final Pattern CREDENTIAL_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[1-9][0-9]{0,17}");

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
     * The id of an Open Badge credential, from its certificate's credential id (a random UUID, or the record id of one
     * issued before those). Not the verification code, since the revocation list publishes the ids of revoked
     * credentials and a code would let anyone open the certificate's page.
     */
    public String credential(String credentialId) {
        return credentialPrefix() + credentialId;
    }

    /**
     * The credential id (a certificate's, as {@link #credential} takes it) that an id of our credentials ends with:
     * a UUID, or the record id older credentials carry; empty for anything else.
     */
    public Optional<String> credentialIdOf(String credential) {
        if (credential == null || !credential.startsWith(credentialPrefix())) {
            return Optional.empty();
        }
        String id = credential.substring(credentialPrefix().length());
        return CREDENTIAL_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private String credentialPrefix() {
        return base + "api/v1/credentials/";
    }

    private String issuerKeyPrefix() {
        return base + "api/v1/issuer/keys/";
    }

    /** The achievement a course version stands for: a name, not an address one can open. */
    public String achievement(String courseCode, int courseVersion) {
        return "urn:atiende:achievement:" + courseCode + ":" + courseVersion;
    }
}
