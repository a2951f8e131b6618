package com.atiende.assessment.credential;

import com.atiende.domain.certificate.CertificateStatus;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks an Open Badge credential presented as a VC-JWT, in order: it is a compact JWS and nothing else (three
 * base64url parts in their one canonical spelling, no padding, no whitespace: a token that only decodes leniently is
 * not the token that was signed); it is signed with RS256; its signature verifies with one of the issuer's published
 * keys (chosen by {@code kid}, the key's address or, in older credentials, its bare id; the {@code jwk} the token
 * carries is ignored, since anyone can put their own key there); it is an OpenBadgeCredential issued by us; the
 * moment of the check lies within {@code nbf}..{@code exp}; and the certificate it names is on record and not revoked.
 */
public final class CredentialVerifier {

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final JWKSet trustedKeys;
    private final PublicAddresses addresses;
    private final Function<String, Optional<CertificateStatus>> statusOfCredential;

    /**
     * @param trustedKeys        the issuer's public keys, current and retired
     * @param statusOfCredential the status now of the certificate a credential id names, empty when unknown
     */
    public CredentialVerifier(JWKSet trustedKeys, PublicAddresses addresses,
                              Function<String, Optional<CertificateStatus>> statusOfCredential) {
        this.trustedKeys = trustedKeys;
        this.addresses = addresses;
        this.statusOfCredential = statusOfCredential;
    }

    public CredentialCheck check(String compactJws, Instant now) {
        if (!isCanonicalCompactJws(compactJws)) {
            return CredentialCheck.refused(CredentialCheck.Status.MALFORMED, CredentialCheck.Reason.NOT_COMPACT);
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(compactJws);
        } catch (ParseException e) {
            return CredentialCheck.refused(CredentialCheck.Status.MALFORMED, CredentialCheck.Reason.NOT_A_JWS);
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return CredentialCheck.refused(CredentialCheck.Status.BAD_SIGNATURE, CredentialCheck.Reason.NOT_RS256);
        }
        JWK key = addresses.keyIdOf(jwt.getHeader().getKeyID()).map(trustedKeys::getKeyByKeyId).orElse(null);
        if (!(key instanceof RSAKey rsa) || !verifies(jwt, rsa)) {
            return CredentialCheck.refused(CredentialCheck.Status.BAD_SIGNATURE, CredentialCheck.Reason.SIGNATURE);
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return CredentialCheck.refused(CredentialCheck.Status.MALFORMED, CredentialCheck.Reason.PAYLOAD_NOT_JSON);
        }
        Object type = claims.getClaim("type");
        if (!(type instanceof List<?> types && types.contains(OpenBadgeCredential.TYPE))
                || !addresses.issuer().equals(claims.getIssuer())
                || claims.getNotBeforeTime() == null || claims.getExpirationTime() == null) {
            return CredentialCheck.refused(CredentialCheck.Status.MALFORMED, CredentialCheck.Reason.NOT_OURS);
        }
        String credentialId = claims.getJWTID();
        Instant validFrom = claims.getNotBeforeTime().toInstant();
        Instant validUntil = claims.getExpirationTime().toInstant();
        String holder = holderName(claims);
        String course = claims.getClaim("name") instanceof String name ? name : null;
        CredentialCheck.Status status;
        CredentialCheck.Reason reason;
        Optional<CertificateStatus> certificate = credentialId == null ? Optional.empty()
                : statusOfCredential.apply(credentialId);
        if (now.isBefore(validFrom)) {
            status = CredentialCheck.Status.NOT_YET_VALID;
            reason = CredentialCheck.Reason.NOT_YET_VALID;
        } else if (!now.isBefore(validUntil)) {
            status = CredentialCheck.Status.EXPIRED;
            reason = CredentialCheck.Reason.CREDENTIAL_EXPIRED;
        } else if (certificate.isEmpty()) {
            status = CredentialCheck.Status.UNKNOWN;
            reason = CredentialCheck.Reason.CERTIFICATE_UNKNOWN;
        } else if (certificate.get() == CertificateStatus.REVOKED) {
            status = CredentialCheck.Status.REVOKED;
            reason = CredentialCheck.Reason.CERTIFICATE_REVOKED;
        } else if (certificate.get() == CertificateStatus.EXPIRED) {
            status = CredentialCheck.Status.EXPIRED;
            reason = CredentialCheck.Reason.CERTIFICATE_EXPIRED;
        } else {
            status = CredentialCheck.Status.VALID;
            reason = CredentialCheck.Reason.VALID;
        }
        return new CredentialCheck(status, credentialId, holder, course, validFrom, validUntil, reason);
    }

    /**
     * Whether the text is exactly three base64url parts, each in its canonical spelling: re-encoding what it decodes
     * to gives it back. Lenient decoders ignore a stray character or the unused low bits of the last one, so the
     * same signature would otherwise be accepted under several spellings.
     */
    static boolean isCanonicalCompactJws(String text) {
        if (text == null || !COMPACT_JWS.matcher(text).matches()) {
            return false;
        }
        for (String part : text.split("\\.")) {
            if (!Base64URL.encode(Base64URL.from(part).decode()).toString().equals(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean verifies(SignedJWT jwt, RSAKey key) {
        try {
            return jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static String holderName(JWTClaimsSet claims) {
        if (claims.getClaim("credentialSubject") instanceof Map<?, ?> subject
                && subject.get("identifier") instanceof List<?> identifiers) {
            for (Object identifier : identifiers) {
                if (identifier instanceof Map<?, ?> identity && "name".equals(identity.get("identityType"))
                        && identity.get("identityHash") instanceof String name) {
                    return name;
                }
            }
        }
        return null;
    }
}
