package com.atiende.assessment.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential, data model 2.0), and
 * its VC-JWT: the credential is the JWT's payload, with the registered claims Open Badges 3.0 (section 8.2) asks for
 * ({@code iss} the issuer, {@code jti} the credential id, {@code nbf}/{@code exp} its validity), signed RS256 with the
 * issuer's key. The header holds only what section 8.2 allows: {@code kid}, the address that answers the public key
 * as a JWK, so that a verifier who trusts no embedded key can fetch it from us, and {@code jwk}, that key itself.
 * The credential names the issuer's 1EdTech revocation list ({@code credentialStatus}), so that anyone can tell
 * that a certificate was revoked; expiry is its {@code validUntil}.
 *
 * <p>The credential is deterministic: the same certificate always gives the same JSON and, RS256 being
 * deterministic, the same JWT with the same key. Its id is its own ({@link PublicAddresses#credential}); credentials
 * issued before had the certificate's verification page as id, and {@link #codeOf} still reads those.
 */
public final class OpenBadgeCredential {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** Defines the 1EdTech extension types, {@value #REVOCATION_LIST} among them. */
    public static final String OB_EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    /** The status method of Open Badges 3.0: the issuer's list of revoked credential ids (1EdTech VCRL 1.0). */
    public static final String REVOCATION_LIST = "1EdTechRevocationList";
    public static final String TYPE = "OpenBadgeCredential";

    private OpenBadgeCredential() {
    }

    /**
     * The credential of a certificate.
     *
     * @param issuerName the organisation that certifies (ATIENDE_ISSUER_NAME)
     */
    public static Map<String, Object> of(CertificateFace face, PublicAddresses addresses, String issuerName) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT, OB_EXTENSIONS_CONTEXT));
        credential.put("id", addresses.credential(face.credentialId()));
        credential.put("type", List.of("VerifiableCredential", TYPE));
        credential.put("issuer", issuer(addresses, issuerName));
        credential.put("validFrom", timestamp(face.issuedAt()));
        credential.put("validUntil", timestamp(face.expiresAt()));
        credential.put("name", face.courseTitle());
        credential.put("credentialSubject", subject(face, addresses));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", addresses.revocations());
        status.put("type", REVOCATION_LIST);
        credential.put("credentialStatus", status);
        return credential;
    }

    /** The issuer's Open Badges profile, as published at {@link PublicAddresses#issuer()}. */
    public static Map<String, Object> issuer(PublicAddresses addresses, String issuerName) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", addresses.issuer());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", issuerName);
        issuer.put("url", addresses.site());
        return issuer;
    }

    /** The credential signed as a VC-JWT (compact serialisation), its {@code kid} the key's published address. */
    public static String sign(Map<String, Object> credential, RSAKey key, PublicAddresses addresses) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        @SuppressWarnings("unchecked")
        Map<String, Object> issuer = (Map<String, Object>) credential.get("issuer");
        claims.issuer((String) issuer.get("id"))
                .jwtID((String) credential.get("id"))
                .notBeforeTime(Date.from(Instant.parse((String) credential.get("validFrom"))))
                .expirationTime(Date.from(Instant.parse((String) credential.get("validUntil"))));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(addresses.issuerKey(key.getKeyID()))
                .jwk(key.toPublicJWK())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the credential " + credential.get("id"), e);
        }
        return jwt.serialize();
    }

    /**
     * The verification code a credential issued before credentials had ids of their own names in its id (then the
     * certificate's verification page), if it is one of those.
     */
    static String codeOf(String credentialId, PublicAddresses addresses) {
        String prefix = addresses.verification("");
        return credentialId != null && credentialId.startsWith(prefix) ? credentialId.substring(prefix.length()) : null;
    }

    /** An instant as the credential states it: UTC, whole seconds, like the JWT's nbf and exp. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Map<String, Object> subject(CertificateFace face, PublicAddresses addresses) {
        String achievementId = addresses.achievement(face.courseCode(), face.courseVersion());
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", achievementId);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", face.courseTitle());
        achievement.put("description", face.courseSummary());
        achievement.put("criteria", Map.of("narrative", "en".equals(face.language())
                ? "Read every lesson of the course and pass its required role-play conversations."
                : "Leer todas las lecciones del curso y superar sus simulaciones de conversación obligatorias."));
        achievement.put("version", Integer.toString(face.courseVersion()));
        achievement.put("inLanguage", "es");
        List<Map<String, Object>> descriptions = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (CertificateFace.Score score : face.scores()) {
            String descriptionId = achievementId + ":competency:" + score.code();
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("id", descriptionId);
            description.put("type", List.of("ResultDescription"));
            description.put("name", score.name());
            description.put("resultType", "Percent");
            descriptions.add(description);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("type", List.of("Result"));
            result.put("resultDescription", descriptionId);
            result.put("value", score.score().toPlainString());
            results.add(result);
        }
        if (!descriptions.isEmpty()) {
            achievement.put("resultDescription", descriptions);
        }
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity("name", face.holderName(), null),
                identity("emailAddress", face.holderEmail(), face.verificationCode())));
        subject.put("achievement", achievement);
        if (!results.isEmpty()) {
            subject.put("result", results);
        }
        return subject;
    }

    /** An identity of the holder: in clear, or (with a salt) as Open Badges' salted hash. */
    private static Map<String, Object> identity(String type, String value, String salt) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityType", type);
        identity.put("hashed", salt != null);
        identity.put("identityHash", salt == null ? value : hashed(value, salt));
        if (salt != null) {
            identity.put("salt", salt);
        }
        return identity;
    }

    /** Open Badges' salted hash of an identifier: "sha256$" and the hex SHA-256 of the value and the salt. */
    private static String hashed(String value, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((value.toLowerCase(Locale.ROOT) + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
