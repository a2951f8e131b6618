package com.atiende.assessment.finalassessment;

import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.attempt.AttemptRefusedException;
import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.assessment.completion.CompletionService;
import com.atiende.assessment.finalassessment.FinalAssessmentView.AttemptView;
import com.atiende.assessment.finalassessment.FinalAssessmentView.OptionView;
import com.atiende.assessment.finalassessment.FinalAssessmentView.QuestionView;
import com.atiende.assessment.finalassessment.FinalAssessmentView.State;
import com.atiende.domain.attempt.AnswerRejectedException;
import com.atiende.domain.attempt.AssessmentAnswer;
import com.atiende.domain.attempt.AssessmentAttemptRecord;
import com.atiende.domain.attempt.AttemptNotAllowedException;
import com.atiende.domain.attempt.FinalAssessmentAttempt;
import com.atiende.domain.attempt.FinalAssessmentAttemptRepository;
import com.atiende.domain.attempt.FinalAssessmentPolicy;
import com.atiende.domain.attempt.IncompleteSubmissionException;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.course.AssessmentQuestion;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseItem;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.QuestionDraw;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.enrolment.EnrolmentStatus;
import com.atiende.infrastructure.persistence.RetryingTransactions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The final assessment of an enrolled course, for the learner signed in, whose id every method takes first: someone
 * else's enrolment or attempt is not found. It opens once every lesson is read and every required role-play passed.
 * A start locks the enrolment (two tabs starting at once make one attempt); a submission is checked whole by the
 * attempt, so an unanswered question records nothing, and a passing one gives completion its chance in the same
 * transaction. Both run through {@link RetryingTransactions}.
 */
@Stateless
public class FinalAssessmentService {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private FinalAssessmentAttemptRepository attempts;

    @Inject
    private CompletionService completion;

    @Inject
    private Clock clock;

    @EJB
    private RetryingTransactions transactions;

    @EJB
    private AuditService audit;

    /**
     * The assessment of the enrolled course and where the learner stands.
     *
     * @throws NotFoundException {@code enrolment.notFound}, {@code finalAssessment.notFound}
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public FinalAssessmentView open(long learnerId, long enrolmentId) {
        Enrolment enrolment = enrolments.findOwned(learnerId, enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment.notFound", enrolmentId));
        return view(enrolment, assessmentOf(enrolment), attempts.findOfEnrolment(enrolmentId));
    }

    /**
     * Starts an attempt, or resumes the one under way.
     *
     * @throws NotFoundException       {@code enrolment.notFound}, {@code finalAssessment.notFound}
     * @throws AttemptRefusedException {@code finalAssessment.locked}, {@code finalAssessment.alreadyPassed},
     *                                 {@code finalAssessment.limitReached}, {@code finalAssessment.coolingDown},
     *                                 {@code attempt.enrolmentCompleted}
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FinalAssessmentView start(long learnerId, long enrolmentId) {
        return transactions.run(() -> {
            Enrolment enrolment = enrolments.lockOwned(learnerId, enrolmentId)
                    .orElseThrow(() -> new NotFoundException("enrolment.notFound", enrolmentId));
            FinalAssessment assessment = assessmentOf(enrolment);
            List<FinalAssessmentAttempt> previous = attempts.findOfEnrolment(enrolmentId);
            List<AssessmentAttemptRecord> records = previous.stream().map(FinalAssessmentAttempt::record).toList();
            FinalAssessmentPolicy policy = new FinalAssessmentPolicy(assessment);
            if (policy.resumable(records).isPresent()) {
                return view(enrolment, assessment, previous);
            }
            if (!enrolment.isActive()) {
                throw new AttemptRefusedException("attempt.enrolmentCompleted",
                        "enrolment " + enrolmentId + " is completed");
            }
            if (!completion.readyForFinalAssessment(enrolment)) {
                throw new AttemptRefusedException("finalAssessment.locked",
                        "enrolment " + enrolmentId + " has lessons or role-plays to do");
            }
            Instant now = clock.instant();
            try {
                policy.checkCanStart(records, now);
            } catch (AttemptNotAllowedException e) {
                throw new AttemptRefusedException(e.getReason().messageKey(), e.getMessage(),
                        e.getArguments().toArray());
            }
            List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(assessment.candidates(),
                    assessment.getQuestionsPerAttempt(), SEEDS.nextLong(), FinalAssessmentPolicy.seenBefore(previous));
            FinalAssessmentAttempt attempt = new FinalAssessmentAttempt(enrolment, assessment,
                    policy.nextAttemptNumber(records), drawn, now);
            attempts.store(attempt);
            return view(enrolment, assessment, append(previous, attempt));
        });
    }

    /**
     * Submits every answer of the attempt under way and grades it; the same answers again (a double click, a second
     * tab) answer the result as it stands and record nothing.
     *
     * @param chosen for each question code, the index (in the author's order) of the option chosen
     * @throws NotFoundException           {@code finalAssessment.attemptNotFound}
     * @throws IncompleteAnswersException questions without an answer; nothing is recorded
     * @throws AttemptRefusedException     {@code attempt.finished} (already submitted with other answers, e.g. in
     *                                     another tab)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FinalAssessmentView submit(long learnerId, long attemptId, Map<String, Integer> chosen) {
        return transactions.run(() -> {
            FinalAssessmentAttempt attempt = attempts.findOwned(learnerId, attemptId)
                    .orElseThrow(() -> new NotFoundException("finalAssessment.attemptNotFound", attemptId));
            Enrolment enrolment = attempt.getEnrolment();
            boolean graded;
            try {
                graded = attempt.submit(chosen, clock.instant());
            } catch (IncompleteSubmissionException e) {
                throw new IncompleteAnswersException(e.getQuestionCodes());
            } catch (AnswerRejectedException e) {
                throw new AttemptRefusedException(e.getReason().messageKey(), e.getMessage());
            }
            if (!graded) {
                return view(enrolment, attempt.getAssessment(), attempts.findOfEnrolment(enrolment.getId()));
            }
            // The enrolment as read with the attempt, unlocked: its row version settles a race with the learner's
            // other tab, as the attempt's does for the submission (see CompletionService).
            enrolments.guardVersion(enrolment);
            audit.recordByCaller(AuditAction.FINAL_ASSESSMENT_SUBMITTED, attempt.getAssessment().getCode(),
                    AuditDetail.attempt(enrolment.getCourseCode(), enrolment.getCourse().getVersion(),
                            attempt.getAttemptNumber(), attempt.getStatus()));
            completion.assessmentSubmitted(attempt);
            return view(enrolment, attempt.getAssessment(), attempts.findOfEnrolment(enrolment.getId()));
        });
    }

    private static FinalAssessment assessmentOf(Enrolment enrolment) {
        return enrolment.getCourse().finalAssessment().orElseThrow(() -> new NotFoundException(
                "finalAssessment.notFound", enrolment.getCourseCode()));
    }

    private static List<FinalAssessmentAttempt> append(List<FinalAssessmentAttempt> previous,
                                                       FinalAssessmentAttempt attempt) {
        return Stream.concat(previous.stream(), Stream.of(attempt)).toList();
    }

    private FinalAssessmentView view(Enrolment enrolment, FinalAssessment assessment,
                                     List<FinalAssessmentAttempt> all) {
        Instant now = clock.instant();
        List<AssessmentAttemptRecord> records = all.stream().map(FinalAssessmentAttempt::record).toList();
        Optional<FinalAssessmentAttempt> latest = all.stream()
                .max(Comparator.comparingInt(FinalAssessmentAttempt::getAttemptNumber));
        List<String> pending = List.of();
        Instant availableAt = null;
        State state;
        FinalAssessmentPolicy policy = new FinalAssessmentPolicy(assessment);
        if (policy.resumable(records).isPresent()) {
            state = State.IN_PROGRESS;
        } else if (FinalAssessmentPolicy.passed(records)) {
            state = State.PASSED;
        } else if (enrolment.getStatus() == EnrolmentStatus.ACTIVE && !completion.readyForFinalAssessment(enrolment)) {
            state = State.LOCKED;
            pending = pending(enrolment);
        } else {
            state = State.READY;
            try {
                policy.checkCanStart(records, now);
            } catch (AttemptNotAllowedException e) {
                state = e.getReason() == AttemptNotAllowedException.Reason.ASSESSMENT_COOLING_DOWN
                        ? State.COOLING_DOWN : State.NO_ATTEMPTS_LEFT;
                availableAt = state == State.COOLING_DOWN ? (Instant) e.getArguments().get(1) : null;
            }
        }
        Integer best = records.stream().filter(record -> record.submittedAt() != null)
                .map(AssessmentAttemptRecord::score).max(Integer::compare).orElse(null);
        Course course = enrolment.getCourse();
        return new FinalAssessmentView(enrolment.getId(), course.getCode(), course.getTitle(), assessment.getTitle(),
                assessment.getInstructions(), assessment.getQuestionsPerAttempt(), assessment.getPassMark(),
                assessment.getAttemptsAllowed(), all.size(), assessment.getCooldown().toMinutes(), state, pending,
                availableAt, latest.map(attempt -> attemptView(attempt, enrolment)).orElse(null), best);
    }

    /** The lessons not read and required role-plays not passed, in course order. */
    private List<String> pending(Enrolment enrolment) {
        Set<String> passed = completion.passedScenarioCodes(enrolment);
        Set<String> required = enrolment.requiredScenarioCodes();
        return enrolment.getCourse().getItems().stream()
                .filter(item -> switch (item.getKind()) {
                    case LESSON -> !enrolment.hasRead(item.getCode());
                    case SCENARIO -> required.contains(item.getCode()) && !passed.contains(item.getCode());
                    case FINAL_ASSESSMENT -> false;
                })
                .map(CourseItem::getTitle)
                .toList();
    }

    private static AttemptView attemptView(FinalAssessmentAttempt attempt, Enrolment enrolment) {
        boolean submitted = attempt.getSubmittedAt() != null;
        // The pass that completed the course, not one made after completion by other means.
        boolean completedCourse = attempt.isPassed() && enrolment.getStatus() == EnrolmentStatus.COMPLETED
                && !enrolment.getCompletedAt().isBefore(attempt.getSubmittedAt());
        List<QuestionView> questions = attempt.getAnswers().stream()
                .map(answer -> questionView(attempt.question(answer), answer, submitted))
                .toList();
        return new AttemptView(attempt.getId(), attempt.getAttemptNumber(), submitted, attempt.isPassed(),
                attempt.getScore(), attempt.getCorrectCount(), questions, completedCourse);
    }

    private static QuestionView questionView(AssessmentQuestion question, AssessmentAnswer answer,
                                             boolean submitted) {
        List<OptionView> options = answer.getShownOrder().stream()
                .map(index -> new OptionView(index, question.getOptions().get(index).getText()))
                .toList();
        return new QuestionView(question.getCode(), question.getQuestion(), options,
                submitted ? answer.getChosenOption() : null, submitted ? answer.getCorrect() : null,
                submitted ? question.getOptions().get(answer.getChosenOption()).getFeedback() : null);
    }
}
