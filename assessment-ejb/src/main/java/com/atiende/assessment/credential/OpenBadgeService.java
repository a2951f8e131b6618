package com.atiende.assessment.credential;

import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.infrastructure.config.Settings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * What Atiende publishes so that anyone can check its Open Badge credentials without signing in: the issuer profile,
 * the public keys, and a check of a presented credential against them and against the certificate's record.
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

    /** The issuer's Open Badges profile. */
    public Map<String, Object> issuerProfile() {
        return OpenBadgeCredential.issuer(addresses, settings.issuerName());
    }

    /** The issuer's public keys as a JWK set. */
    public Map<String, Object> publicKeys() {
        return keys.publicKeysJson();
    }

    /** Checks a credential presented as a VC-JWT (compact JWS), as of now. */
    public CredentialCheck verify(String compactJws) {
        Instant now = clock.instant();
        return new CredentialVerifier(keys.publicKeys(), addresses,
                code -> certificates.findByVerificationCode(code).map(certificate -> certificate.statusAt(now)))
                .check(compactJws, now);
    }
}
