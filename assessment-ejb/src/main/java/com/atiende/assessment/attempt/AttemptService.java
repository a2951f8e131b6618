package com.atiende.assessment.attempt;

import com.atiende.assessment.ConflictException;
import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.assessment.completion.CompletionService;
import com.atiende.assessment.grading.ResultExplainer;
import com.atiende.assessment.grading.ResultView;
import com.atiende.domain.attempt.AnswerRejectedException;
import com.atiende.domain.attempt.Answered;
import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.AttemptAnswer;
import com.atiende.domain.attempt.AttemptNotAllowedException;
import com.atiende.domain.attempt.AttemptPolicy;
import com.atiende.domain.attempt.AttemptRecord;
import com.atiende.domain.attempt.AttemptRepository;
import com.atiende.domain.attempt.AttemptStatus;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.competency.Competency;
import com.atiende.domain.competency.CompetencyRepository;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.course.ScenarioStep;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.enrolment.EnrolmentStatus;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Role-play attempts for the learner signed in, whose id every method takes first: someone else's enrolment or
 * attempt is not found. Nothing the client sends is trusted beyond the codes of the step and reply chosen and the
 * decision number; the attempt checks them against the scenario version it is bound to.
 *
 * <p>{@link #start} and {@link #choose} each save in a transaction of their own (so a reply is kept the moment it is
 * chosen, whatever happens to the browser), run through {@link RetryingTransactions}. A start locks the enrolment
 * first. An answer is optimistic: it reads the attempt unlocked, and when two requests race (two tabs, a double
 * click, a network retry) the attempt's row version and the unique (attempt, sequence) key fail the one that commits
 * second, which is run again and then sees the winner's answer: a duplicate becomes the recorded outcome, a
 * different reply {@code attempt.answerConflict}. Races on one attempt are rare (one person), so the lock a
 * pessimistic read would take on every reply is not worth its cost: in PostgreSQL a {@code FOR UPDATE} writes the
 * row, and in EclipseLink a locking read refreshes the attempt with its scores, one more statement per reply. An
 * answer that finishes the attempt gives completion its chance in the same transaction, with the enrolment read
 * (unlocked, like the attempt) in the attempt's own statement; the finished attempt is audit-logged in that
 * transaction.
 */
@Stateless
public class AttemptService {

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private CompetencyRepository competencies;

    @Inject
    private Clock clock;

    @Inject
    private CompletionService completion;

    @EJB
    private RetryingTransactions transactions;

    @EJB
    private AuditService audit;

    /**
     * Starts an attempt at a scenario of the enrolled course, or resumes the one in progress.
     *
     * @throws NotFoundException        {@code enrolment.notFound}, {@code scenario.notFound}
     * @throws AttemptRefusedException {@code attempt.limitReached}, {@code attempt.coolingDown},
     *                                 {@code attempt.enrolmentCompleted}
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AttemptView start(long learnerId, long enrolmentId, String scenarioCode) {
        return transactions.run(() -> {
            Enrolment enrolment = enrolments.lockOwned(learnerId, enrolmentId)
                    .orElseThrow(() -> new NotFoundException("enrolment.notFound", enrolmentId));
            Scenario scenario = enrolment.getCourse().scenario(scenarioCode)
                    .orElseThrow(() -> new NotFoundException("scenario.notFound", scenarioCode));
            Instant now = clock.instant();
            List<Attempt> previous = attempts.findOfScenario(enrolmentId, scenario.getId());
            List<AttemptRecord> records = previous.stream().map(Attempt::record).toList();
            AttemptPolicy policy = new AttemptPolicy(enrolment.getCourse().getPassRules());
            Optional<Attempt> open = policy.resumable(records, now)
                    .map(record -> previous.get(records.indexOf(record)));
            if (open.isPresent()) {
                return view(open.get(), now);
            }
            if (!enrolment.isActive()) {
                throw new AttemptRefusedException("attempt.enrolmentCompleted",
                        "enrolment " + enrolmentId + " is completed");
            }
            try {
                policy.checkCanStart(records, now);
            } catch (AttemptNotAllowedException e) {
                throw new AttemptRefusedException(e.getReason().messageKey(), e.getMessage(),
                        e.getArguments().toArray());
            }
            previous.stream().filter(attempt -> attempt.isExpired(now)).forEach(attempt -> attempt.expire(now));
            // The seed of this attempt's order of replies: unpredictable, so that no attempt repeats the last one's
            // order, but not a secret (the order gives nothing away), hence no SecureRandom.
            Attempt attempt = new Attempt(enrolment, scenario, policy.nextAttemptNumber(records), now,
                    ThreadLocalRandom.current().nextLong());
            attempts.store(attempt);
            return view(attempt, now);
        });
    }

    /**
     * The attempt as it stands: the step it waits at, or its result, or expired.
     *
     * @throws NotFoundException {@code attempt.notFound}
     */
    public AttemptView current(long learnerId, long attemptId) {
        return view(owned(learnerId, attemptId), clock.instant());
    }

    /**
     * Records a reply to the current step, saved at once.
     *
     * @param sequence the decision number shown with the step
     * @return the feedback on the reply and the next step or the result; for a repeated request, the same outcome
     *         as the first time, and nothing new is recorded
     * @throws NotFoundException        {@code attempt.notFound}
     * @throws ConflictException        {@code attempt.answerConflict} (another reply was recorded for that decision,
     *                                  e.g. in another tab), {@code attempt.staleStep} (the page is out of date)
     * @throws AttemptRefusedException {@code attempt.invalidChoice}, {@code attempt.finished},
     *                                 {@code attempt.expired}
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChoiceOutcome choose(long learnerId, long attemptId, String stepCode, String choiceCode, int sequence) {
        Recorded recorded = transactions.run(() -> {
            Attempt attempt = attempts.findOwned(learnerId, attemptId)
                    .orElseThrow(() -> new NotFoundException("attempt.notFound", attemptId));
            Answered answered;
            try {
                answered = attempt.answer(stepCode, choiceCode, sequence, clock.instant());
            } catch (AnswerRejectedException e) {
                throw rejection(e);
            }
            if (!answered.repeated() && attempt.getStatus().isGraded()) {
                // The enrolment as read with the attempt, unlocked: its row version settles a race with the learner's
                // other tab (see CompletionService), as the attempt's does for the answer.
                enrolments.guardVersion(attempt.getEnrolment());
                audit.recordByCaller(AuditAction.ATTEMPT_FINISHED, attempt.getScenario().getCode(),
                        AuditDetail.attempt(attempt.getEnrolment().getCourseCode(),
                                attempt.getEnrolment().getCourse().getVersion(), attempt.getAttemptNumber(),
                                attempt.getStatus()));
                completion.attemptGraded(attempt);
            }
            // Read here, from the query cache: outside a transaction the container gives every query an entity
            // manager of its own, whose set-up contends on the class loader under load.
            Map<String, Competency> names = attempt.getStatus().isGraded() ? competenciesByCode() : Map.of();
            return new Recorded(attempt, answered.answer(), names);
        });
        // Put into words after the commit: the rows of the attempt and the enrolment are not held while the result
        // is explained, and a lost race does not explain it twice. Everything it reads is loaded or shared content.
        return outcome(recorded.attempt(), recorded.answer(), recorded.competencies());
    }

    /** An answer as committed, with its attempt and, when it is graded, the competencies that explain it. */
    private record Recorded(Attempt attempt, AttemptAnswer answer, Map<String, Competency> competencies) {
    }

    private Attempt owned(long learnerId, long attemptId) {
        return attempts.findOwned(learnerId, attemptId)
                .orElseThrow(() -> new NotFoundException("attempt.notFound", attemptId));
    }

    private static RuntimeException rejection(AnswerRejectedException e) {
        String key = e.getReason().messageKey();
        return switch (e.getReason()) {
            case ALREADY_ANSWERED, NOT_CURRENT_STEP -> new ConflictException(key, e.getMessage());
            case INVALID_CHOICE, FINISHED, EXPIRED -> new AttemptRefusedException(key, e.getMessage());
        };
    }

    private AttemptView view(Attempt attempt, Instant now) {
        AttemptStatus status = attempt.statusAt(now);
        Scenario scenario = attempt.getScenario();
        StepView step = status == AttemptStatus.IN_PROGRESS
                ? step(attempt, attempt.currentStep().orElseThrow(), attempt.getNextSequence())
                : null;
        ResultView result = status.isGraded() ? explain(attempt) : null;
        return new AttemptView(attempt.getId(), attempt.getEnrolment().getId(), scenario.getCode(),
                scenario.getTitle(), scenario.getChannel(), scenario.getCharacterName(), attempt.getAttemptNumber(),
                status, attempt.getStartedAt(), attempt.getExpiresAt(), transcript(attempt), step, result,
                completedTheCourse(attempt, status));
    }

    /** Whether this attempt is the one that completed its course (not a pass replayed after completion). */
    private static boolean completedTheCourse(Attempt attempt, AttemptStatus status) {
        Enrolment enrolment = attempt.getEnrolment();
        return status == AttemptStatus.PASSED && enrolment.getStatus() == EnrolmentStatus.COMPLETED
                && !enrolment.getCompletedAt().isBefore(attempt.getFinishedAt());
    }

    private static List<Exchange> transcript(Attempt attempt) {
        Scenario scenario = attempt.getScenario();
        return attempt.getAnswers().stream()
                .map(answer -> new Exchange(answer.getSequence(),
                        scenario.step(answer.getStepCode()).map(ScenarioStep::getSays).orElse(""),
                        answer.getChoice().getReply(), answer.getChoice().getFeedback(),
                        answer.getChoice().getCriticalExplanation() != null))
                .toList();
    }

    /** The outcome of an answer: the state right after it, which for a repeat is what the first request got. */
    private static ChoiceOutcome outcome(Attempt attempt, AttemptAnswer answer, Map<String, Competency> competencies) {
        Choice choice = answer.getChoice();
        boolean last = answer.getSequence() == attempt.getDecisionsMade() && attempt.getStatus().isGraded();
        StepView next = last ? null : step(attempt,
                attempt.getScenario().step(choice.getNextCode()).orElseThrow(), answer.getSequence() + 1);
        return new ChoiceOutcome(attempt.getId(), answer.getSequence(), choice.getReply(), choice.getFeedback(),
                choice.getCriticalExplanation(), next, last ? ResultExplainer.explain(attempt, competencies) : null);
    }

    /** A step as the attempt shows it, its replies in the attempt's own order. */
    private static StepView step(Attempt attempt, ScenarioStep step, int sequence) {
        return new StepView(step.getCode(), sequence, step.getContext(), step.getMood(), step.getWaitedMinutes(),
                step.getSays(), attempt.choicesAsShown(step).stream()
                        .map(choice -> new ChoiceOption(choice.getCode(), choice.getReply())).toList(),
                sequence - 1, attempt.getScenario().getBestPathDecisions());
    }

    private ResultView explain(Attempt attempt) {
        return ResultExplainer.explain(attempt, competenciesByCode());
    }

    private Map<String, Competency> competenciesByCode() {
        return competencies.findAll().stream().collect(Collectors.toMap(Competency::getCode, Function.identity()));
    }
}
