package com.atiende.assessment.completion;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.AttemptPolicy;
import com.atiende.domain.attempt.AttemptRecord;
import com.atiende.domain.attempt.AttemptRepository;
import com.atiende.domain.attempt.AttemptStatus;
import com.atiende.domain.attempt.FinalAssessmentAttempt;
import com.atiende.domain.attempt.FinalAssessmentAttemptRepository;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateIssued;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.certificate.VerificationCode;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.persistence.RetryingTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Completes an enrolment and issues its certificate the moment the learner's progress allows it, inside the
 * transaction that recorded the progress (a lesson read, an attempt graded), so that completion and certificate are
 * never out of step with it. Both are audit-logged in that transaction too, so the log has each once, exactly when it
 * happened.
 *
 * <p>Exactly one certificate per enrolment, even when the last lesson and the last scenario are finished at the
 * same moment in two tabs. A lesson read holds the enrolment's lock ({@link EnrolmentRepository#lockOwned}), so a
 * second one waits for the first to commit and then finds the enrolment completed. A reply that finishes an attempt
 * reads the enrolment unlocked, with the attempt in one statement, and has its row version checked and raised at
 * commit ({@link EnrolmentRepository#guardVersion}): of two concurrent changes of progress the one that commits
 * second fails that check, is run again by {@link RetryingTransactions} and sees the first. Every call also stamps
 * the enrolment's activity, and the unique key on the certificate's enrolment stands behind it all.
 *
 * <p>It is a CDI bean rather than an EJB because such a lost race is expected: thrown out of an EJB it would be
 * logged as a system failure with its stack trace. It is not meant for the web layer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CompletionService {

    private static final Logger LOG = Logger.getLogger(CompletionService.class.getName());

    @Inject
    private AttemptRepository attempts;

    @Inject
    private FinalAssessmentAttemptRepository finalAssessmentAttempts;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private LearnerRepository learners;

    @Inject
    private Event<CertificateIssued> certificateIssued;

    @Inject
    private Clock clock;

    @Inject
    private AuditService audit;

    @Inject
    private Settings settings;

    @Resource
    private ManagedExecutorService background;

    /**
     * Records an attempt just graded as progress of its enrolment. A failed attempt adds no passed scenario, so it
     * cannot complete the course: it only stamps the enrolment's activity, without reading the enrolment's records.
     *
     * @return the certificate issued by this call, if the attempt completed the enrolment
     */
    public Optional<Certificate> attemptGraded(Attempt attempt) {
        if (attempt.getStatus() != AttemptStatus.PASSED) {
            attempt.getEnrolment().recordActivity(clock.instant());
            return Optional.empty();
        }
        return progressChanged(attempt.getEnrolment(), Optional.of(attempt), Optional.empty());
    }

    /**
     * Records a final-assessment attempt just submitted as progress of its enrolment, like {@link #attemptGraded}.
     *
     * @return the certificate issued by this call, if passing it completed the enrolment
     */
    public Optional<Certificate> assessmentSubmitted(FinalAssessmentAttempt attempt) {
        if (!attempt.isPassed()) {
            attempt.getEnrolment().recordActivity(clock.instant());
            return Optional.empty();
        }
        return progressChanged(attempt.getEnrolment(), Optional.empty(), Optional.of(attempt));
    }

    /**
     * Records that the enrolment's progress changed and completes it if it is now complete.
     *
     * @param enrolment the enrolment whose lock the caller holds
     *
     * @return the certificate issued by this call, if it completed the enrolment
     */
    public Optional<Certificate> progressChanged(Enrolment enrolment) {
        return progressChanged(enrolment, Optional.empty(), Optional.empty());
    }

    /** The scenarios of the enrolment whose attempt that counts (best or last, as the course says) passed. */
    public Set<String> passedScenarioCodes(Enrolment enrolment) {
        return keptAttempts(enrolment, Optional.empty()).passedCodes();
    }

    /**
     * Whether everything before the course's final assessment is done (every lesson read, every required scenario
     * passed): the assessment opens then.
     */
    public boolean readyForFinalAssessment(Enrolment enrolment) {
        Set<String> passed = new HashSet<>(passedScenarioCodes(enrolment));
        enrolment.getCourse().finalAssessment().ifPresent(assessment -> passed.add(assessment.getCode()));
        return enrolment.isComplete(passed);
    }

    /**
     * @param graded   the attempt this transaction graded, if that is the progress
     * @param assessed the final-assessment attempt this transaction passed, if that is the progress
     */
    private Optional<Certificate> progressChanged(Enrolment enrolment, Optional<Attempt> graded,
                                                  Optional<FinalAssessmentAttempt> assessed) {
        Instant now = clock.instant();
        enrolment.recordActivity(now);
        if (!enrolment.isActive()) {
            return Optional.empty();
        }
        KeptAttempts kept = keptAttempts(enrolment, graded);
        Set<String> passed = new HashSet<>(kept.passedCodes());
        Optional<FinalAssessmentAttempt> passedAssessment = Optional.empty();
        Optional<FinalAssessment> assessment = enrolment.getCourse().finalAssessment();
        if (assessment.isPresent()) {
            // The assessment's attempts are read only when it is all that could be missing.
            passed.add(assessment.get().getCode());
            if (!enrolment.isComplete(passed)) {
                return Optional.empty();
            }
            passed.remove(assessment.get().getCode());
            passedAssessment = assessed.or(() -> finalAssessmentAttempts.findStoredPassed(enrolment.getId()));
            passedAssessment.ifPresent(attempt -> passed.add(attempt.getAssessment().getCode()));
        }
        if (!enrolment.completeIfDone(passed, now)) {
            return Optional.empty();
        }
        Map<Long, AttemptRecord> keptByScenario = kept.byScenario();
        Map<Long, Scenario> scenarios = kept.scenarios();
        List<Long> certifiedIds = keptByScenario.values().stream()
                .filter(record -> scenarios.get(record.scenarioId()).isRequired())
                .map(AttemptRecord::attemptId)
                .toList();
        // One statement for all of them, their results included, rather than two per required scenario.
        List<Attempt> certified = attempts.findWithResults(certifiedIds);
        if (certified.size() != certifiedIds.size()) {
            throw new IllegalStateException("attempts " + certifiedIds + " of enrolment " + enrolment.getId()
                    + " read as " + certified.size());
        }
        // The holder by reference: the enrolment would read the learner's row (and roles) to hand it over.
        Learner holder = learners.reference(enrolment.getLearnerId());
        Certificate certificate = Certificate.issue(enrolment, holder, certified, passedAssessment,
                VerificationCode.generate(), now);
        certificates.store(certificate);
        int version = enrolment.getCourse().getVersion();
        audit.recordByCaller(AuditAction.COURSE_COMPLETED, enrolment.getCourseCode(), AuditDetail.number(version));
        audit.recordByCaller(AuditAction.CERTIFICATE_ISSUED, certificate.getVerificationCode(),
                AuditDetail.issue(enrolment.getCourseCode(), version, certificate.getExpiresAt() == null ? null
                        : LocalDate.ofInstant(certificate.getExpiresAt(), settings.timezone())));
        certificateIssued.fire(new CertificateIssued(certificate.getId(), holder.getId(),
                enrolment.getCourseCode(), enrolment.getCourse().getVersion(), certificate.getVerificationCode(),
                certificate.getIssuedAt(), certificate.getExpiresAt()));
        return Optional.of(certificate);
    }

    /**
     * The attempt that counts for each scenario of the enrolment (best or last, as the course says), from the
     * attempts as stored with the one just graded as it stands here: reading them writes nothing, so the
     * enrolment's activity, row version and completion reach the database in one update, not two.
     */
    private KeptAttempts keptAttempts(Enrolment enrolment, Optional<Attempt> graded) {
        Map<Long, AttemptRecord> records = attempts.storedRecordsOfEnrolment(enrolment.getId()).stream()
                .collect(Collectors.toMap(AttemptRecord::attemptId, Function.identity(), (one, other) -> one,
                        HashMap::new));
        graded.ifPresent(attempt -> records.put(attempt.getId(), attempt.record()));
        AttemptPolicy policy = new AttemptPolicy(enrolment.getCourse().getPassRules());
        Map<Long, AttemptRecord> kept = records.values().stream()
                .collect(Collectors.groupingBy(AttemptRecord::scenarioId)).values().stream()
                .flatMap(ofScenario -> policy.kept(ofScenario).stream())
                .collect(Collectors.toMap(AttemptRecord::scenarioId, Function.identity()));
        Map<Long, Scenario> scenarios = enrolment.getCourse().getScenarios().stream()
                .collect(Collectors.toMap(Scenario::getId, Function.identity()));
        return new KeptAttempts(kept, scenarios);
    }

    /** The kept attempt per scenario id, and the course's scenarios by id. */
    private record KeptAttempts(Map<Long, AttemptRecord> byScenario, Map<Long, Scenario> scenarios) {

        Set<String> passedCodes() {
            return byScenario.values().stream().filter(AttemptRecord::passed)
                    .map(record -> scenarios.get(record.scenarioId()).getCode())
                    .collect(Collectors.toSet());
        }
    }

    /**
     * Logs an issued certificate once its transaction committed, not for every run a lost race repeats, and in the
     * background: the console handler is synchronized and writes through to standard output, so under load the line
     * held the learner's reply for tens of milliseconds.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    void logIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued issued) {
        background.execute(() -> LOG.info(() -> "Certificate issued: learner " + issued.learnerId() + ", course "
                + issued.courseCode() + " v" + issued.courseVersion() + ", expires " + issued.expiresAt()));
    }
}
