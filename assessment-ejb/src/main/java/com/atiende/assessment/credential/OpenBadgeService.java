package com.atiende.assessment.credential;

import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.infrastructure.config.Settings;
import com.nimbusds.jose.jwk.JWK;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Atiende publishes so that anyone can check its Open Badge credentials without signing in: the issuer profile,
 * the public keys (as a set, and each at the address credentials name as {@code kid}), and a check of a presented
 * credential against them and against the certificate's record. Keys are read from the database on each call, so
 * every instance of a cluster answers the same after a rotation.
 */
@Stateless
public class OpenBadgeService {

    @Inject
    private CertificateRepository certificates;

    @Inject
    private PublicAddresses addresses;

    @EJB
    private IssuerKeys keys;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    /**
     * The issuer's Open Badges profile, with the keys it signs with: each one's address and public JWK as a
     * verification method (W3C Controlled Identifiers), so that the profile leads to the keys as the
     * {@code kid} of a credential does.
     */
    public Map<String, Object> issuerProfile() {
        Map<String, Object> profile = new LinkedHashMap<>(OpenBadgeCredential.issuer(addresses, settings.issuerName()));
        List<Map<String, Object>> methods = new ArrayList<>();
        List<String> assertions = new ArrayList<>();
        for (JWK key : keys.publicKeys().getKeys()) {
            String address = addresses.issuerKey(key.getKeyID());
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", address);
            method.put("type", "JsonWebKey");
            method.put("controller", addresses.issuer());
            method.put("publicKeyJwk", key.toJSONObject());
            methods.add(method);
            assertions.add(address);
        }
        profile.put("verificationMethod", methods);
        profile.put("assertionMethod", assertions);
        return profile;
    }

    /** The issuer's public keys as a JWK set, the signing key first, then those retired by rotations. */
    public Map<String, Object> publicKeys() {
        return keys.publicKeys().toJSONObject(true);
    }

    /** One published public key as a JWK, by its id; empty when the issuer never had such a key. */
    public Optional<Map<String, Object>> publicKey(String keyId) {
        return Optional.ofNullable(keys.publicKeys().getKeyByKeyId(keyId)).map(key -> key.toPublicJWK().toJSONObject());
    }

    /** Checks a credential presented as a VC-JWT (compact JWS), as of now. */
    public CredentialCheck verify(String compactJws) {
        Instant now = clock.instant();
        return new CredentialVerifier(keys.publicKeys(), addresses,
                code -> certificates.findByVerificationCode(code).map(certificate -> certificate.statusAt(now)))
                .check(compactJws, now);
    }
}
