package com.atiende.domain.certificate;

import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.FinalAssessmentAttempt;
import com.atiende.domain.attempt.CompetencyResult;
import com.atiende.domain.attempt.Tenths;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.ScenarioScore;
import com.atiende.domain.course.Scoring;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Proof that a learner completed a course version: issued at completion, valid for the course's
 * {@code certificateValidityMonths}, verifiable by its code. It keeps a snapshot of the competency scores it
 * certifies, so that it still says the same thing after the course changes.
 *
 * <p>At most one certificate exists per enrolment (unique key on {@code enrolment_id}): completion racing with
 * itself cannot issue two. Taking the course again after expiry is a new enrolment, hence a new certificate; the old
 * one stays on record, expired.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.findOwned",
        query = "SELECT c FROM Certificate c WHERE c.id = :id AND c.learner.id = :learnerId")
@NamedQuery(name = "Certificate.findByLearner",
        query = "SELECT DISTINCT c FROM Certificate c LEFT JOIN FETCH c.scores WHERE c.learner.id = :learnerId"
                + " ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = "Certificate.findLatest",
        query = "SELECT c FROM Certificate c WHERE c.learner.id = :learnerId AND c.course.code = :courseCode"
                + " ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = "Certificate.holdersOfValid",
        query = "SELECT DISTINCT c.learner.id FROM Certificate c WHERE c.course.code = :courseCode"
                + " AND c.status = :valid AND c.expiresAt > :now AND c.learner.id IN :learnerIds")
@NamedQuery(name = "Certificate.findByVerificationCode",
        query = "SELECT c FROM Certificate c WHERE c.verificationCode = :code")
@NamedQuery(name = "Certificate.findByCredentialId",
        query = "SELECT c FROM Certificate c WHERE c.credentialId = :credentialId")
@NamedQuery(name = "Certificate.revokedCredentialIds",
        query = "SELECT c.id, c.credentialId FROM Certificate c WHERE c.status = :revoked ORDER BY c.id")
public class Certificate {

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, unique = true)
    private Enrolment enrolment;

    @Column(name = "verification_code", nullable = false, unique = true, length = 16)
    private String verificationCode;

    /**
     * The id of its Open Badge credential, random: the public revocation list names credentials by id, and the record
     * id it used to be told anyone how many certificates there are and led from one to the next. Null for a
     * certificate issued before (migration V12), whose credential keeps the record id it was issued with.
     */
    @Column(name = "credential_id", unique = true, length = 36)
    private String credentialId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** VALID or REVOKED; expiry is derived from {@link #expiresAt}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "overall_tenths", nullable = false)
    private int overallTenths;

    /** The final assessment passed to complete the course, null when the course has none. */
    @Column(name = "final_assessment_title", length = 300)
    private String finalAssessmentTitle;

    @Column(name = "final_assessment_score")
    private Integer finalAssessmentScore;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "certificate_score", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderBy("competencyCode")
    private List<CertifiedScore> scores = new ArrayList<>();

    protected Certificate() {
        // for JPA
    }

    /**
     * Issues the certificate of a completed enrolment. The scores certified are those of the attempts that count
     * for its required scenarios, taken together: the points achieved across them over the most they could
     * achieve, through the same {@link Scoring} as a single scenario.
     *
     * @param holder           the enrolment's learner, given apart so that a caller may pass a reference it has
     *                         not read (the enrolment reads its learner when asked for it)
     * @param keptAttempts     the attempt that counts for each required scenario
     * @param verificationCode a fresh {@link VerificationCode}
     */
    public static Certificate issue(Enrolment enrolment, Learner holder, List<Attempt> keptAttempts,
                                    String verificationCode, Instant issuedAt) {
        return issue(enrolment, holder, keptAttempts, Optional.empty(), verificationCode, issuedAt);
    }

    /**
     * Issues the certificate of a completed enrolment whose course closes with a final assessment, which the
     * certificate names with the score of the attempt that passed it.
     *
     * @param passedAssessment the passed attempt at the course's final assessment, if the course has one
     */
    public static Certificate issue(Enrolment enrolment, Learner holder, List<Attempt> keptAttempts,
                                    Optional<FinalAssessmentAttempt> passedAssessment, String verificationCode,
                                    Instant issuedAt) {
        passedAssessment.ifPresent(attempt -> {
            if (!attempt.isPassed() || !Objects.equals(attempt.getEnrolment().getId(), enrolment.getId())) {
                throw new IllegalArgumentException("attempt " + attempt.getId()
                        + " is not a passed final assessment of enrolment " + enrolment.getId());
            }
        });
        if (enrolment.isActive()) {
            throw new IllegalStateException("enrolment " + enrolment.getId() + " is not complete");
        }
        if (!Objects.equals(holder.getId(), enrolment.getLearnerId())) {
            throw new IllegalArgumentException("learner " + holder.getId() + " does not hold enrolment "
                    + enrolment.getId());
        }
        Map<String, Integer> achieved = new HashMap<>();
        Map<String, Integer> maxima = new HashMap<>();
        for (Attempt attempt : keptAttempts) {
            for (CompetencyResult result : attempt.result().orElseThrow().competencies()) {
                achieved.merge(result.getCompetencyCode(), result.getPoints(), Integer::sum);
            }
            attempt.getScenario().getMaxPoints().forEach((code, max) -> maxima.merge(code, max, Integer::sum));
        }
        Course course = enrolment.getCourse();
        ScenarioScore score = Scoring.score(achieved, maxima, course.getWeights());
        Certificate certificate = new Certificate();
        certificate.learner = holder;
        certificate.course = course;
        certificate.enrolment = enrolment;
        certificate.verificationCode = VerificationCode.normalize(verificationCode);
        certificate.credentialId = UUID.randomUUID().toString();
        certificate.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        certificate.expiresAt = issuedAt.atOffset(ZoneOffset.UTC)
                .plusMonths(course.getCertificateValidityMonths()).toInstant();
        certificate.status = CertificateStatus.VALID;
        certificate.overallTenths = Tenths.of(score.overall());
        score.competencies().forEach((code, value) -> certificate.scores.add(new CertifiedScore(code, value)));
        passedAssessment.ifPresent(attempt -> {
            certificate.finalAssessmentTitle = attempt.getAssessment().getTitle();
            certificate.finalAssessmentScore = attempt.getScore();
        });
        return certificate;
    }

    /** Withdraws the certificate; it stays on record as revoked, with the reason. */
    public void revoke(String reason, Instant at) {
        if (status == CertificateStatus.REVOKED) {
            throw new IllegalStateException("certificate " + verificationCode + " is already revoked");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a revocation needs a reason");
        }
        status = CertificateStatus.REVOKED;
        revocationReason = reason.strip();
        revokedAt = Objects.requireNonNull(at, "at");
    }

    /** Revoked, expired (from {@code expiresAt} on) or valid, as of {@code now}. */
    public CertificateStatus statusAt(Instant now) {
        if (status == CertificateStatus.REVOKED) {
            return CertificateStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? CertificateStatus.VALID : CertificateStatus.EXPIRED;
    }

    public Long getId() {
        return id;
    }

    public Learner getLearner() {
        return learner;
    }

    /** The course version certified. */
    public Course getCourse() {
        return course;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    /** The code in its stored form: upper case, {@link VerificationCode#LENGTH} characters. */
    public String getVerificationCode() {
        return verificationCode;
    }

    /**
     * What its Open Badge credential is named by: a random UUID or, for a certificate issued before credentials had
     * one, its record id (see {@link #credentialIdOf}).
     */
    public String getCredentialId() {
        return credentialIdOf(id, credentialId);
    }

    /**
     * The credential id of a certificate from its stored columns: the random one, or the record id it had before.
     * Old credentials keep theirs: they are signed, and their holders may have shown them anywhere.
     */
    public static String credentialIdOf(Long certificateId, String storedCredentialId) {
        return storedCredentialId != null ? storedCredentialId : String.valueOf(certificateId);
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    /** The overall score across the certified scenarios, weighted by the course. */
    public BigDecimal getOverall() {
        return Tenths.toScore(overallTenths);
    }

    /** The final assessment the holder passed, with its score in percent; empty for a course without one. */
    public Optional<CertifiedAssessment> getFinalAssessment() {
        return finalAssessmentTitle == null ? Optional.empty()
                : Optional.of(new CertifiedAssessment(finalAssessmentTitle, finalAssessmentScore));
    }

    /** The competency scores certified, ordered by code. */
    public List<CertifiedScore> getScores() {
        return Collections.unmodifiableList(scores);
    }
}
