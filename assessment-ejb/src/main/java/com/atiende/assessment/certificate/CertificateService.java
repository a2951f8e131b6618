package com.atiende.assessment.certificate;

import com.atiende.assessment.NotFoundException;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.certificate.CertifiedAssessment;
import com.atiende.domain.certificate.VerificationCode;
import com.atiende.domain.competency.Competency;
import com.atiende.domain.competency.CompetencyRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Certificates: a learner's own (the learner id comes first; someone else's certificate is not found), and public
 * verification by code, which needs no sign-in and reveals no more than a certificate's face.
 */
@Stateless
public class CertificateService {

    @Inject
    private CertificateRepository certificates;

    @Inject
    private CompetencyRepository competencies;

    @Inject
    private Clock clock;

    /** The learner's certificates, newest first, with their status as of now. */
    public List<CertificateView> myCertificates(long learnerId) {
        Map<String, Competency> byCode = competenciesByCode();
        Instant now = clock.instant();
        return certificates.findByLearner(learnerId).stream()
                .map(certificate -> view(certificate, byCode, now))
                .toList();
    }

    /**
     * One of the learner's certificates.
     *
     * @throws NotFoundException {@code certificate.notFound}
     */
    public CertificateView certificate(long learnerId, long certificateId) {
        Certificate certificate = certificates.findOwned(learnerId, certificateId)
                .orElseThrow(() -> new NotFoundException("certificate.notFound", certificateId));
        return view(certificate, competenciesByCode(), clock.instant());
    }

    /**
     * Public verification: the status of the certificate with this code, typed in any case and with or without
     * separators. Not tied to a learner: anyone may ask.
     */
    public Verification verify(String code) {
        String normalized = VerificationCode.normalize(code);
        return certificates.findByVerificationCode(normalized)
                .map(certificate -> new Verification(normalized,
                        Verification.Status.valueOf(certificate.statusAt(clock.instant()).name()),
                        certificate.getLearner().getDisplayName(), certificate.getCourse().getTitle(),
                        certificate.getCourse().getVersion(), certificate.getIssuedAt(),
                        certificate.getExpiresAt(), certificate.getRevokedAt(),
                        certificate.getFinalAssessment().map(CertifiedAssessment::title).orElse(null)))
                .orElseGet(() -> Verification.unknown(normalized));
    }

    private Map<String, Competency> competenciesByCode() {
        return competencies.findAll().stream().collect(Collectors.toMap(Competency::getCode, Function.identity()));
    }

    private static CertificateView view(Certificate certificate, Map<String, Competency> competencies,
                                        Instant now) {
        List<CertificateView.Score> scores = certificate.getScores().stream().map(score -> {
            Competency competency = competencies.get(score.getCompetencyCode());
            return new CertificateView.Score(score.getCompetencyCode(),
                    competency == null ? score.getCompetencyCode() : competency.getNameEs(),
                    competency == null ? score.getCompetencyCode() : competency.getNameEn(), score.getScore());
        }).toList();
        return new CertificateView(certificate.getId(), certificate.getVerificationCode(),
                certificate.getCourse().getCode(), certificate.getCourse().getVersion(),
                certificate.getCourse().getTitle(), certificate.getIssuedAt(), certificate.getExpiresAt(),
                certificate.statusAt(now), certificate.getRevokedAt(), certificate.getRevocationReason(),
                certificate.getOverall(), scores);
    }
}
