package com.atiende.assessment.credential;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.infrastructure.config.Settings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The files a learner downloads of their own certificates: the PDF and the signed Open Badge credential. The learner
 * id comes first, as everywhere: someone else's certificate is simply not found. A revoked certificate still has its
 * PDF (stamped as revoked) but no credential, since a credential is a claim the issuer no longer makes.
 */
@Stateless
public class CertificateFileService {

    /** The language of the credential: the courses' own. */
    private static final String CREDENTIAL_LANGUAGE = "es";

    @Inject
    private CertificateRepository certificates;

    @Inject
    private CertificateFaces faces;

    @Inject
    private PublicAddresses addresses;

    @EJB
    private IssuerKeys keys;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    /** The certificate as a PDF in the given language ("es" or "en"). */
    public Optional<CertificateFile> pdf(long learnerId, long certificateId, String language) {
        Instant now = clock.instant();
        return certificates.findOwned(learnerId, certificateId)
                .map(certificate -> faces.of(certificate, language, now))
                .map(face -> new CertificateFile(fileName(face.verificationCode(), "pdf"), CertificateFile.PDF,
                        faces.pdf().render(face)));
    }

    /** The certificate as an Open Badges 3.0 credential signed as a VC-JWT; none for a revoked certificate. */
    public Optional<CertificateFile> badge(long learnerId, long certificateId) {
        Instant now = clock.instant();
        return certificates.findOwned(learnerId, certificateId)
                .filter(certificate -> certificate.statusAt(now) != CertificateStatus.REVOKED)
                .map(certificate -> badgeOf(certificate, now));
    }

    private CertificateFile badgeOf(Certificate certificate, Instant now) {
        CertificateFace face = faces.of(certificate, CREDENTIAL_LANGUAGE, now);
        String jwt = OpenBadgeCredential.sign(OpenBadgeCredential.of(face, addresses, settings.issuerName()),
                keys.signingKey(), addresses);
        return new CertificateFile(fileName(face.verificationCode(), "jwt"), CertificateFile.VC_JWT,
                jwt.getBytes(StandardCharsets.US_ASCII));
    }

    /** "atiende-ABCDEFGHJKMN.pdf": the code is from a fixed alphabet, so the name needs no escaping. */
    public static String fileName(String verificationCode, String extension) {
        return "atiende-" + verificationCode + "." + extension;
    }
}
