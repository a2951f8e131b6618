package com.atiende.assessment.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.certificate.CertificateStatus;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Open Badges 3.0 credential of a certificate, signed as a VC-JWT, and its check: it verifies with the published
 * key and states the certificate's dates; one changed byte, another key (even one claiming our key id) or a moment
 * past validUntil fail it, and so does a revoked or unknown certificate. It names its key by an address and its
 * revocation list, has an id of its own, and is read strictly; credentials issued before all that still verify.
 */
class OpenBadgeCredentialTest {

    private static final PublicAddresses ADDRESSES = PublicAddresses.of("https://formacion.example.es");
    private static final CertificateFace FACE = CertificatePdfTest.face("María José Núñez", "es");
    private static final Instant DURING = FACE.issuedAt().plusSeconds(86_400);
    private static final String CREDENTIAL_ID = "https://formacion.example.es/api/v1/credentials/"
            + CertificatePdfTest.CREDENTIAL_ID;

    private static RSAKey ours;
    private static RSAKey theirs;
    private static RSAKey retired;

    @BeforeAll
    static void generateKeys() throws Exception {
        ours = key(null);
        theirs = key(ours.getKeyID());
        retired = key(null);
    }

    @Test
    void isAnOpenBadgeCredentialWithTheCertificatesDates() throws Exception {
        Map<String, Object> credential = OpenBadgeCredential.of(FACE, ADDRESSES, "Atiende");
        SignedJWT jwt = SignedJWT.parse(OpenBadgeCredential.sign(credential, ours, ADDRESSES));

        assertThat(credential.get("@context")).isEqualTo(List.of(OpenBadgeCredential.VC_CONTEXT, OpenBadgeCredential.OB_CONTEXT,
                OpenBadgeCredential.OB_EXTENSIONS_CONTEXT));
        assertThat(credential.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(credential).containsEntry("validFrom", "2025-03-31T16:00:00Z").containsEntry("validUntil", "2027-03-31T16:00:00Z")
                .containsEntry("id", CREDENTIAL_ID);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getJWK().isPrivate()).isFalse();
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isEqualTo(CREDENTIAL_ID);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("https://formacion.example.es/api/v1/issuer");
        assertThat(jwt.getJWTClaimsSet().getNotBeforeTime().toInstant()).isEqualTo(FACE.issuedAt());
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(FACE.expiresAt());
        assertThat(jwt.getPayload().toString()).contains("\"achievementType\":\"Certificate\"", "Escucha activa")
                .doesNotContain("maria@example.es");
    }

    @Test
    void namesItsKeyByTheAddressThatAnswersItAndNoOtherHeaderThanTheSpecificationAllows() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signed());

        assertThat(jwt.getHeader().getKeyID())
                .isEqualTo("https://formacion.example.es/api/v1/issuer/keys/" + ours.getKeyID());
        assertThat(jwt.getHeader().toJSONObject().keySet()).as("Open Badges 3.0, 8.2.3")
                .containsExactlyInAnyOrder("alg", "kid", "jwk", "typ");
    }

    @Test
    void namesTheIssuersRevocationListAsItsStatus() {
        Map<String, Object> credential = OpenBadgeCredential.of(FACE, ADDRESSES, "Atiende");

        assertThat(credential.get("credentialStatus")).isEqualTo(Map.of(
                "id", "https://formacion.example.es/api/v1/issuer/revocations", "type", "1EdTechRevocationList"));
        assertThat(credential.get("@context")).asInstanceOf(InstanceOfAssertFactories.LIST).as("the context that defines 1EdTechRevocationList")
                .contains("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");
        assertThat(credential.get("id")).as("an id of its own, not the certificate's page that shows its code")
                .isEqualTo(CREDENTIAL_ID);
    }

    @Test
    void verifiesWithAKeyARotationRetired() {
        CredentialVerifier afterRotation = new CredentialVerifier(new JWKSet(List.of(retired.toPublicJWK(),
                ours.toPublicJWK())), ADDRESSES, id -> Optional.of(CertificateStatus.VALID));

        assertThat(afterRotation.check(signed(), DURING).status()).isEqualTo(CredentialCheck.Status.VALID);
    }

    @Test
    void stillVerifiesACredentialIssuedWithABareKeyIdAndTheVerificationPageAsId() throws Exception {
        Map<String, Object> credential = new LinkedHashMap<>(OpenBadgeCredential.of(FACE, ADDRESSES, "Atiende"));
        credential.put("id", FACE.verificationUrl());
        credential.remove("credentialStatus");
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer(ADDRESSES.issuer()).jwtID(FACE.verificationUrl())
                .notBeforeTime(Date.from(FACE.issuedAt())).expirationTime(Date.from(FACE.expiresAt()));
        SignedJWT legacy = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(ours.getKeyID()).jwk(ours.toPublicJWK()).jwkURL(URI.create(ADDRESSES.issuerKeys())).build(),
                claims.build());
        legacy.sign(new RSASSASigner(ours));
        CredentialVerifier verifier = new CredentialVerifier(new JWKSet(ours.toPublicJWK()), ADDRESSES,
                id -> id.equals(FACE.verificationUrl()) ? Optional.of(CertificateStatus.VALID) : Optional.empty());

        CredentialCheck check = verifier.check(legacy.serialize(), DURING);

        assertThat(check.status()).isEqualTo(CredentialCheck.Status.VALID);
        assertThat(OpenBadgeCredential.codeOf(check.credentialId(), ADDRESSES)).isEqualTo("ABCDEFGHJKMN");
    }

    @Test
    void findsTheCredentialIdItsIdNamesAndNothingForIdsNotOurs() {
        assertThat(ADDRESSES.credentialIdOf(CREDENTIAL_ID)).hasValue(CertificatePdfTest.CREDENTIAL_ID);
        assertThat(ADDRESSES.credentialIdOf("https://formacion.example.es/api/v1/credentials/41"))
                .as("a record id, as credentials issued before random ids have it").hasValue("41");
        assertThat(ADDRESSES.credentialIdOf("https://formacion.example.es/api/v1/credentials/41x")).isEmpty();
        assertThat(ADDRESSES.credentialIdOf("https://formacion.example.es/api/v1/credentials/"
                + CertificatePdfTest.CREDENTIAL_ID.toUpperCase())).as("not as we issue them").isEmpty();
        assertThat(ADDRESSES.credentialIdOf("https://elsewhere.example/api/v1/credentials/41")).isEmpty();
        assertThat(ADDRESSES.keyIdOf("https://formacion.example.es/api/v1/issuer/keys/abc")).hasValue("abc");
        assertThat(ADDRESSES.keyIdOf("abc")).as("a key id as older credentials name it").hasValue("abc");
        assertThat(ADDRESSES.keyIdOf("https://elsewhere.example/keys/abc")).isEmpty();
    }

    @Test
    void refusesASignatureWithACharacterAfterIt() throws Exception {
        // The size we sign with: its signature is 512 characters, and a 513th is one a lenient decoder drops.
        RSAKey production = new RSAKeyGenerator(3072).keyIDFromThumbprint(true).generate();
        String jwt = OpenBadgeCredential.sign(OpenBadgeCredential.of(FACE, ADDRESSES, "Atiende"), production, ADDRESSES);
        CredentialVerifier verifier = new CredentialVerifier(new JWKSet(production.toPublicJWK()), ADDRESSES,
                id -> Optional.of(CertificateStatus.VALID));

        assertThat(verifier.check(jwt, DURING).status()).isEqualTo(CredentialCheck.Status.VALID);
        assertThat(verifier.check(jwt + "A", DURING).status()).isEqualTo(CredentialCheck.Status.MALFORMED);
    }

    @Test
    void refusesWhitespaceAroundOrInsideTheToken() {
        String jwt = signed();
        int firstDot = jwt.indexOf('.');

        assertThat(verifier(CertificateStatus.VALID).check(" " + jwt, DURING).status())
                .isEqualTo(CredentialCheck.Status.MALFORMED);
        assertThat(verifier(CertificateStatus.VALID).check(jwt + "\n", DURING).status())
                .isEqualTo(CredentialCheck.Status.MALFORMED);
        assertThat(verifier(CertificateStatus.VALID).check(jwt.substring(0, firstDot) + " " + jwt.substring(firstDot),
                DURING).status()).isEqualTo(CredentialCheck.Status.MALFORMED);
    }

    @Test
    void refusesPaddingAndAnotherSpellingOfTheSameSignature() {
        String jwt = signed();
        char last = jwt.charAt(jwt.length() - 1);
        // A 2048-bit signature is 342 base64url characters: the last one carries 2 unused bits, so flipping the
        // lowest one spells the same bytes differently.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String respelled = jwt.substring(0, jwt.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);

        assertThat(verifier(CertificateStatus.VALID).check(jwt + "==", DURING).status())
                .isEqualTo(CredentialCheck.Status.MALFORMED);
        assertThat(verifier(CertificateStatus.VALID).check(respelled, DURING).status())
                .isEqualTo(CredentialCheck.Status.MALFORMED);
    }

    @Test
    void verifiesWithThePublishedKey() {
        CredentialCheck check = verifier(CertificateStatus.VALID).check(signed(), DURING);

        assertThat(check.status()).isEqualTo(CredentialCheck.Status.VALID);
        assertThat(check.verified()).isTrue();
        assertThat(check.holderName()).isEqualTo("María José Núñez");
        assertThat(check.courseTitle()).isEqualTo("Escuchar y empatizar");
        assertThat(check.validFrom()).isEqualTo(FACE.issuedAt());
        assertThat(check.validUntil()).isEqualTo(FACE.expiresAt());
    }

    @Test
    void failsWithOneChangedByteInThePayload() throws Exception {
        String[] parts = signed().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String altered = Base64URL.encode(payload.replace("María", "Maria")).toString();

        CredentialCheck check = verifier(CertificateStatus.VALID).check(parts[0] + "." + altered + "." + parts[2], DURING);

        assertThat(check.status()).isEqualTo(CredentialCheck.Status.BAD_SIGNATURE);
        assertThat(check.holderName()).as("nothing is read from an untrusted credential").isNull();
    }

    @Test
    void failsWithOneChangedByteInTheSignature() {
        String jwt = signed();
        char last = jwt.charAt(jwt.length() - 2);
        String altered = jwt.substring(0, jwt.length() - 2) + (last == 'A' ? 'B' : 'A') + jwt.charAt(jwt.length() - 1);

        assertThat(verifier(CertificateStatus.VALID).check(altered, DURING).status())
                .isEqualTo(CredentialCheck.Status.BAD_SIGNATURE);
    }

    @Test
    void failsWhenSignedWithAnotherKeyThatClaimsOurKeyId() {
        String forged = OpenBadgeCredential.sign(OpenBadgeCredential.of(FACE, ADDRESSES, "Atiende"), theirs, ADDRESSES);

        assertThat(verifier(CertificateStatus.VALID).check(forged, DURING).status())
                .isEqualTo(CredentialCheck.Status.BAD_SIGNATURE);
    }

    @Test
    void failsPastValidUntil() {
        assertThat(verifier(CertificateStatus.VALID).check(signed(), FACE.expiresAt()).status())
                .isEqualTo(CredentialCheck.Status.EXPIRED);
        assertThat(verifier(CertificateStatus.VALID).check(signed(), FACE.issuedAt().minusSeconds(1)).status())
                .isEqualTo(CredentialCheck.Status.NOT_YET_VALID);
    }

    @Test
    void failsWhenTheCertificateWasRevokedOrIsUnknown() {
        assertThat(verifier(CertificateStatus.REVOKED).check(signed(), DURING).status())
                .isEqualTo(CredentialCheck.Status.REVOKED);
        assertThat(new CredentialVerifier(new JWKSet(ours.toPublicJWK()), ADDRESSES, id -> Optional.empty())
                .check(signed(), DURING).status()).isEqualTo(CredentialCheck.Status.UNKNOWN);
    }

    @Test
    void refusesWhatIsNotASignedJwt() {
        assertThat(verifier(CertificateStatus.VALID).check("not a credential", DURING).status())
                .isEqualTo(CredentialCheck.Status.MALFORMED);
        assertThat(verifier(CertificateStatus.VALID).check(null, DURING).status())
                .isEqualTo(CredentialCheck.Status.MALFORMED);
    }

    private static String signed() {
        return OpenBadgeCredential.sign(OpenBadgeCredential.of(FACE, ADDRESSES, "Atiende"), ours, ADDRESSES);
    }

    private static CredentialVerifier verifier(CertificateStatus status) {
        return new CredentialVerifier(new JWKSet(ours.toPublicJWK()), ADDRESSES,
                id -> id.equals(CREDENTIAL_ID) ? Optional.of(status) : Optional.empty());
    }

    private static RSAKey key(String keyId) throws Exception {
        RSAKeyGenerator generator = new RSAKeyGenerator(2048);
        generator.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
        return keyId == null ? generator.keyIDFromThumbprint(true).generate() : generator.keyID(keyId).generate();
    }
}
