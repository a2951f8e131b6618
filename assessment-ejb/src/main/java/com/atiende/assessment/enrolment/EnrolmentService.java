package com.atiende.assessment.enrolment;

import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.completion.CompletionService;
import com.atiende.domain.attempt.AssessmentAttemptRecord;
import com.atiende.domain.attempt.AttemptRecord;
import com.atiende.domain.attempt.AttemptRepository;
import com.atiende.domain.attempt.FinalAssessmentAttempt;
import com.atiende.domain.attempt.FinalAssessmentAttemptRepository;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.infrastructure.persistence.RetryingTransactions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enrolments of the learner signed in, whose id every method takes first: someone else's enrolment is not found.
 *
 * <p>Enrolling is idempotent: the open enrolment in a course is returned rather than doubled (a unique key settles
 * two concurrent clicks, and {@link RetryingTransactions} lets the loser find the winner's enrolment), and so is the
 * completed one while its certificate is valid; once the certificate expires (or is revoked) enrolling again starts
 * afresh on the version published then. Marking the last lesson read may complete the course, in the same
 * transaction.
 */
@Stateless
public class EnrolmentService {

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private CourseRepository courses;

    @Inject
    private LearnerRepository learners;

    @Inject
    private Clock clock;

    @Inject
    private CompletionService completion;

    @Inject
    private FinalAssessmentAttemptRepository finalAssessmentAttempts;

    @EJB
    private RetryingTransactions transactions;

    /**
     * Enrols the learner in the published version of a course, or returns the enrolment that stands.
     *
     * @throws NotFoundException {@code course.notFound} (no published version), {@code learner.notFound}
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EnrolmentProgress enrol(long learnerId, String courseCode) {
        return transactions.run(() -> {
            Optional<Enrolment> active = enrolments.findActive(learnerId, courseCode);
            if (active.isPresent()) {
                return progressOf(learnerId, active.get());
            }
            Instant now = clock.instant();
            Optional<Certificate> certified = certificates.findLatest(learnerId, courseCode)
                    .filter(certificate -> certificate.statusAt(now) == CertificateStatus.VALID);
            if (certified.isPresent()) {
                return progressOf(learnerId, certified.get().getEnrolment());
            }
            Learner learner = learners.find(learnerId)
                    .orElseThrow(() -> new NotFoundException("learner.notFound", learnerId));
            Course course = courses.findPublished(courseCode)
                    .orElseThrow(() -> new NotFoundException("course.notFound", courseCode));
            Enrolment enrolment = new Enrolment(learner, course, now, null);
            enrolments.store(enrolment);
            // Nothing to read for a new enrolment; a query would flush it early, racing outside the retry's flush.
            return ProgressAssembler.progress(enrolment, Set.of(), List.of(), List.of(), null, now);
        });
    }

    /**
     * Marks a lesson read (again: no change) and completes the course if that was all it lacked.
     *
     * @throws NotFoundException {@code enrolment.notFound}, {@code lesson.notFound}
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EnrolmentProgress markLessonRead(long learnerId, long enrolmentId, String lessonCode) {
        return transactions.run(() -> {
            Enrolment enrolment = enrolments.lockOwned(learnerId, enrolmentId)
                    .orElseThrow(() -> new NotFoundException("enrolment.notFound", enrolmentId));
            if (enrolment.getCourse().lesson(lessonCode).isEmpty()) {
                throw new NotFoundException("lesson.notFound", lessonCode);
            }
            if (enrolment.markLessonRead(lessonCode, clock.instant())) {
                completion.progressChanged(enrolment);
            }
            return progressOf(learnerId, enrolment);
        });
    }

    /** The learner's open enrolments' ids by course code: what the catalogue needs to offer "continue". */
    public Map<String, Long> openEnrolments(long learnerId) {
        return enrolments.findOpenIdsByCourse(learnerId);
    }

    /**
     * "Mi aprendizaje": every enrolment of the learner, newest first, with progress and certificate, read in four
     * queries whatever their number (five when a course has a final assessment).
     */
    public List<EnrolmentProgress> myLearning(long learnerId) {
        Instant now = clock.instant();
        List<Enrolment> mine = enrolments.findByLearner(learnerId);
        Map<Long, Set<String>> lessonsRead = enrolments.lessonsRead(learnerId);
        Map<Long, List<AttemptRecord>> attemptsByEnrolment = attempts.recordsOfLearner(learnerId).stream()
                .collect(Collectors.groupingBy(AttemptRecord::enrolmentId));
        Map<Long, Certificate> certificateByEnrolment = certificatesByEnrolment(learnerId);
        boolean anyAssessment = mine.stream().anyMatch(enrolment -> enrolment.getCourse().finalAssessment().isPresent());
        Map<Long, List<AssessmentAttemptRecord>> assessmentsByEnrolment = anyAssessment
                ? finalAssessmentAttempts.recordsOfLearner(learnerId).stream()
                        .collect(Collectors.groupingBy(AssessmentAttemptRecord::enrolmentId))
                : Map.of();
        return mine.stream()
                .map(enrolment -> ProgressAssembler.progress(enrolment,
                        lessonsRead.getOrDefault(enrolment.getId(), Set.of()),
                        attemptsByEnrolment.getOrDefault(enrolment.getId(), List.of()),
                        assessmentsByEnrolment.getOrDefault(enrolment.getId(), List.of()),
                        certificateByEnrolment.get(enrolment.getId()), now))
                .toList();
    }

    /**
     * One enrolment with each lesson and scenario of its course version, in order.
     *
     * @throws NotFoundException {@code enrolment.notFound}
     */
    public EnrolmentDetail progress(long learnerId, long enrolmentId) {
        Enrolment enrolment = owned(learnerId, enrolmentId);
        List<AttemptRecord> records = attempts.recordsOfEnrolment(enrolmentId);
        List<AssessmentAttemptRecord> assessments = assessmentRecords(enrolment);
        return new EnrolmentDetail(progressOf(learnerId, enrolment, records, assessments),
                ProgressAssembler.items(enrolment, records, assessments, clock.instant()));
    }

    private Enrolment owned(long learnerId, long enrolmentId) {
        return enrolments.findOwned(learnerId, enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment.notFound", enrolmentId));
    }

    private EnrolmentProgress progressOf(long learnerId, Enrolment enrolment) {
        return progressOf(learnerId, enrolment, attempts.recordsOfEnrolment(enrolment.getId()),
                assessmentRecords(enrolment));
    }

    private EnrolmentProgress progressOf(long learnerId, Enrolment enrolment, List<AttemptRecord> records,
                                         List<AssessmentAttemptRecord> assessments) {
        Certificate certificate = enrolment.isActive()
                ? null
                : certificatesByEnrolment(learnerId).get(enrolment.getId());
        return ProgressAssembler.progress(enrolment, enrolment.getLessonCodesRead(), records, assessments,
                certificate, clock.instant());
    }

    /** The enrolment's final-assessment attempts, read only when its course has one. */
    private List<AssessmentAttemptRecord> assessmentRecords(Enrolment enrolment) {
        if (enrolment.getCourse().finalAssessment().isEmpty()) {
            return List.of();
        }
        return finalAssessmentAttempts.findOfEnrolment(enrolment.getId()).stream()
                .map(FinalAssessmentAttempt::record).toList();
    }

    private Map<Long, Certificate> certificatesByEnrolment(long learnerId) {
        return certificates.findByLearner(learnerId).stream()
                .collect(Collectors.toMap(certificate -> certificate.getEnrolment().getId(), Function.identity()));
    }
}
