package com.atiende.assessment.credential;

import com.atiende.domain.certificate.Certificate;
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
 * the public keys (as a set, and each at the address credentials name as {@code kid}), the revocation list, and a
 * check of a presented credential against them and against the certificate's record. Everything is read from the
 * database on each call, so every instance of a cluster answers the same, a revocation included.
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

    /**
     * The issuer's revocation list (1EdTech Revocation List Status Method 1.0): the ids of the credentials of every
     * revoked certificate. Reasons are not published: they are HR's words about a person.
     */
    public Map<String, Object> revocationList() {
        List<Map<String, Object>> revoked = certificates.findRevokedCredentialIds().stream()
                .map(credentialId -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", addresses.credential(credentialId));
                    entry.put("revoked", true);
                    return entry;
                })
                .toList();
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("id", addresses.revocations());
        list.put("issuer", addresses.issuer());
        list.put("revokedCredentials", revoked);
        return list;
    }

    /** Checks a credential presented as a VC-JWT (compact JWS), as of now. */
    public CredentialCheck verify(String compactJws) {
        Instant now = clock.instant();
        return new CredentialVerifier(keys.publicKeys(), addresses,
                credentialId -> certificateOf(credentialId).map(certificate -> certificate.statusAt(now)))
                .check(compactJws, now);
    }

    /**
     * The certificate a credential names: by its credential id (random, or the record id of the oldest), or, issued
     * before credentials had ids of their own, by the verification page it had.
     */
    private Optional<Certificate> certificateOf(String credential) {
        Optional<String> credentialId = addresses.credentialIdOf(credential);
        if (credentialId.isPresent()) {
            return certificates.findByCredentialId(credentialId.get());
        }
        return Optional.ofNullable(OpenBadgeCredential.codeOf(credential, addresses))
                .flatMap(certificates::findByVerificationCode);
    }
}
