package com.atiende.assessment.credential;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.competency.Competency;
import com.atiende.domain.competency.CompetencyRepository;
import com.atiende.infrastructure.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns certificate records into {@link CertificateFace faces}, inside the caller's transaction (it reads the
 * learner and the course), and renders them: the one place that decides what a certificate shows.
 */
@ApplicationScoped
public class CertificateFaces {

    @Inject
    private CompetencyRepository competencies;

    @Inject
    private PublicAddresses addresses;

    @Inject
    private Settings settings;

    /** The faces of these certificates in one language ("es" or "en"), competencies named in it. */
    public List<CertificateFace> of(List<Certificate> certificates, String language, Instant now) {
        Map<String, Competency> byCode = competencies.findAll().stream()
                .collect(Collectors.toMap(Competency::getCode, Function.identity()));
        return certificates.stream().map(certificate -> face(certificate, byCode, language, now)).toList();
    }

    public CertificateFace of(Certificate certificate, String language, Instant now) {
        return of(List.of(certificate), language, now).get(0);
    }

    /** The PDF renderer in the organisation's time zone (ATIENDE_TIMEZONE). */
    public CertificatePdf pdf() {
        return new CertificatePdf(settings.timezone());
    }

    private CertificateFace face(Certificate certificate, Map<String, Competency> competencies, String language,
                                 Instant now) {
        String lang = "en".equals(language) ? "en" : "es";
        List<CertificateFace.Score> scores = certificate.getScores().stream()
                .map(score -> {
                    Competency competency = competencies.get(score.getCompetencyCode());
                    return new CertificateFace.Score(score.getCompetencyCode(),
                            competency == null ? score.getCompetencyCode() : competency.name(lang), score.getScore());
                })
                .toList();
        return new CertificateFace(certificate.getId(), certificate.getCredentialId(),
                certificate.getLearner().getDisplayName(),
                certificate.getLearner().getEmail(), certificate.getCourse().getCode(),
                certificate.getCourse().getVersion(), certificate.getCourse().getTitle(),
                certificate.getCourse().getSummary(), lang, scores, certificate.getOverall(),
                certificate.getIssuedAt(), certificate.getExpiresAt(), certificate.statusAt(now),
                certificate.getVerificationCode(), addresses.verification(certificate.getVerificationCode()),
                certificate.getFinalAssessment().orElse(null));
    }
}
