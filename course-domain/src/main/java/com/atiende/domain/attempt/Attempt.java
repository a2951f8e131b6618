package com.atiende.domain.attempt;

import com.atiende.domain.attempt.AnswerRejectedException.Reason;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.InvalidChoiceException;
import com.atiende.domain.course.PassVerdict;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.course.ScenarioScore;
import com.atiende.domain.course.ScenarioStep;
import com.atiende.domain.course.Scoring;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.shared.ShuffledOrder;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One go at a scenario, bound to the exact published version of it. The attempt walks the scenario one decision at a
 * time: it knows the step the learner is at and the sequence number of the next answer, and accepts only a reply
 * that the current step offers. It finishes at an ending or at a critical choice and then grades itself, once, with
 * the shared arithmetic of {@link Scoring} and the course's {@link com.atiende.domain.course.PassRules}.
 *
 * <p>Each step's replies are shown in an order of the attempt's own ({@link #choicesAsShown}), from a seed drawn when
 * it starts and stored with it, so that no reply is given away by where it stands while a reload, a resume or
 * another node of a cluster shows the same order; each answer records the order it was given in.
 *
 * <p>Answers are numbered so that a request can be recognised when it arrives twice: the same reply for an answered
 * number is returned as it was, a different one is refused. Concurrent answers to the same decision are settled by
 * the row version (every answer moves {@code nextSequence}) and by the unique (attempt, sequence) key.
 */
@Entity
@Table(name = "attempt",
        uniqueConstraints = @UniqueConstraint(name = "uq_attempt_number",
                columnNames = {"enrolment_id", "scenario_id", "attempt_no"}))
// With its enrolment, answers and competency results in the same statement: every use of an attempt of one's own
// (a reply, the player's step, the result) goes through them, a reply that finishes the attempt records the
// enrolment's progress and adds the results, and the list of results, left lazy, was read by that add. A row per
// answer and result, in the order of the decisions and then of the competencies, which is the order of the lists
// (EclipseLink keeps each answer and each result once, LearningRecordsMappingTest checks it); DISTINCT makes them one
// attempt again (without it JPA returns the attempt once per row). An attempt in progress has no results yet, so
// the rows of a reply are the answers'.
@NamedQuery(name = "Attempt.findOwned",
        query = "SELECT DISTINCT a FROM Attempt a JOIN FETCH a.enrolment LEFT JOIN FETCH a.answers answer"
                + " LEFT JOIN FETCH a.competencyResults score WHERE a.id = :id AND a.learner.id = :learnerId"
                + " ORDER BY answer.sequence, score.competencyCode")
@NamedQuery(name = "Attempt.findWithResults",
        query = "SELECT DISTINCT a FROM Attempt a LEFT JOIN FETCH a.competencyResults score WHERE a.id IN :ids"
                + " ORDER BY a.id, score.competencyCode")
@NamedQuery(name = "Attempt.findOfScenario",
        query = "SELECT a FROM Attempt a WHERE a.enrolment.id = :enrolmentId AND a.scenario.id = :scenarioId"
                + " ORDER BY a.attemptNumber")
@NamedQuery(name = "Attempt.recordsOfEnrolment",
        query = "SELECT NEW com.atiende.domain.attempt.AttemptRecord(a.id, a.enrolment.id, a.scenario.id,"
                + " a.attemptNumber, a.status, a.passed, a.overallTenths, a.startedAt, a.expiresAt, a.finishedAt)"
                + " FROM Attempt a WHERE a.enrolment.id = :enrolmentId")
@NamedQuery(name = "Attempt.recordsOfLearner",
        query = "SELECT NEW com.atiende.domain.attempt.AttemptRecord(a.id, a.enrolment.id, a.scenario.id,"
                + " a.attemptNumber, a.status, a.passed, a.overallTenths, a.startedAt, a.expiresAt, a.finishedAt)"
                + " FROM Attempt a WHERE a.learner.id = :learnerId")
public class Attempt {

    @Id
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id", nullable = false)
    private Scenario scenario;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The step waiting for a reply; null once the attempt is finished. */
    @Column(name = "current_step_code", length = 64)
    private String currentStepCode;

    @Column(name = "next_sequence", nullable = false)
    private int nextSequence;

    /**
     * With a step's code, the order of the step's replies ({@link ShuffledOrder}); null for an attempt started before
     * replies were shuffled, which keeps the authored order it began with rather than change under the learner.
     */
    @Column(name = "shuffle_seed")
    private Long shuffleSeed;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<AttemptAnswer> answers = new ArrayList<>();

    @Column(name = "overall_tenths", nullable = false)
    private int overallTenths;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "below_pass_mark", nullable = false)
    private boolean belowPassMark;

    @Column(name = "critical_choice", nullable = false)
    private boolean criticalChoice;

    @Column(name = "ending_code", length = 64)
    private String endingCode;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "attempt_score", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderBy("competencyCode")
    private List<CompetencyResult> competencyResults = new ArrayList<>();

    protected Attempt() {
        // for JPA
    }

    /**
     * Starts an attempt at the first step of a scenario of the enrolled course version. Whether the learner may
     * start one is {@link AttemptPolicy}'s decision, taken before.
     *
     * @param attemptNumber the attempt's number among the learner's attempts at this scenario in this enrolment
     * @param shuffleSeed   the seed of the order in which every step's replies are shown, drawn at random by the
     *                      caller (fixed in tests)
     */
    public Attempt(Enrolment enrolment, Scenario scenario, int attemptNumber, Instant startedAt, long shuffleSeed) {
        if (scenario.getCourse() != enrolment.getCourse()) {
            throw new IllegalArgumentException("scenario '" + scenario.getCode()
                    + "' is not part of the enrolled course version");
        }
        this.enrolment = enrolment;
        this.learner = enrolment.getLearner();
        this.scenario = scenario;
        this.attemptNumber = attemptNumber;
        this.status = AttemptStatus.IN_PROGRESS;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.expiresAt = startedAt.plus(Duration.ofDays(
                scenario.getCourse().getPassRules().getAttemptExpiryDays()));
        this.currentStepCode = scenario.getStartStepCode();
        this.nextSequence = 1;
        this.shuffleSeed = shuffleSeed;
    }

    /**
     * Records a reply to the current step, moving to the next step or finishing the attempt.
     *
     * @param sequence the number of the decision the reply is for, as shown with the step (from 1)
     * @return the recorded answer; a repeat of an already recorded reply returns that one and changes nothing
     * @throws AnswerRejectedException when the reply is not for the current decision, not offered by the step,
     *                                 conflicts with a recorded one, or the attempt is finished or expired
     */
    public Answered answer(String stepCode, String choiceCode, int sequence, Instant at) {
        if (sequence >= 1 && sequence < nextSequence) {
            AttemptAnswer recorded = answers.get(sequence - 1);
            if (recorded.isReply(stepCode, choiceCode)) {
                return new Answered(recorded, true);
            }
            throw new AnswerRejectedException(Reason.ALREADY_ANSWERED, "decision " + sequence + " of attempt "
                    + id + " was answered '" + recorded.getChoiceCode() + "' at step '" + recorded.getStepCode()
                    + "'");
        }
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new AnswerRejectedException(Reason.FINISHED, "attempt " + id + " is " + status);
        }
        if (isExpired(at)) {
            throw new AnswerRejectedException(Reason.EXPIRED, "attempt " + id + " expired at " + expiresAt);
        }
        if (sequence != nextSequence || !stepCode.equals(currentStepCode)) {
            throw new AnswerRejectedException(Reason.NOT_CURRENT_STEP, "attempt " + id + " waits for decision "
                    + nextSequence + " at step '" + currentStepCode + "', not " + sequence + " at '" + stepCode
                    + "'");
        }
        Choice choice;
        try {
            choice = scenario.choiceAt(stepCode, choiceCode);
        } catch (InvalidChoiceException e) {
            throw new AnswerRejectedException(Reason.INVALID_CHOICE, e.getMessage());
        }
        List<String> shown = choicesAsShown(currentStep().orElseThrow()).stream().map(Choice::getCode).toList();
        AttemptAnswer answer = new AttemptAnswer(this, sequence, stepCode, choice, shown, at);
        answers.add(answer);
        nextSequence++;
        if (choice.isCritical()) {
            finish(null, at);
        } else if (scenario.isEnding(choice.getNextCode())) {
            finish(choice.getNextCode(), at);
        } else {
            currentStepCode = choice.getNextCode();
        }
        return new Answered(answer, false);
    }

    private void finish(String reachedEnding, Instant at) {
        boolean critical = reachedEnding == null;
        // A critical reply fails the attempt by itself; the competencies show what was earned before it, against what
        // the steps faced offered, instead of being dragged to 0 by the reply and by the steps never reached.
        List<AttemptAnswer> earning = critical ? answers.subList(0, answers.size() - 1) : answers;
        SortedMap<String, Integer> achieved = Scoring.addUp(
                earning.stream().map(answer -> answer.getChoice().getEffects()).toList());
        ScenarioScore score = critical
                ? scenario.scoreUpTo(achieved, answers.stream().map(AttemptAnswer::getStepCode).toList())
                : scenario.score(achieved);
        PassVerdict verdict = scenario.getCourse().getPassRules().evaluate(score, critical);
        // No clear() first: an attempt finishes once, its results are empty until then, and touching the lazy list
        // would read them from the database for nothing.
        for (Map.Entry<String, BigDecimal> competency : score.competencies().entrySet()) {
            String code = competency.getKey();
            competencyResults.add(new CompetencyResult(code, achieved.getOrDefault(code, 0), competency.getValue(),
                    verdict.missedFloors().contains(code)));
        }
        overallTenths = Tenths.of(score.overall());
        passed = verdict.passed();
        belowPassMark = verdict.belowPassMark();
        criticalChoice = verdict.criticalChoice();
        endingCode = reachedEnding;
        status = passed ? AttemptStatus.PASSED : AttemptStatus.FAILED;
        finishedAt = at;
        currentStepCode = null;
    }

    /** Whether the attempt was left in progress past the time the course allows. */
    public boolean isExpired(Instant now) {
        return status == AttemptStatus.IN_PROGRESS && !now.isBefore(expiresAt);
    }

    /** The status as of {@code now}: an attempt in progress past its expiry is expired. */
    public AttemptStatus statusAt(Instant now) {
        return isExpired(now) ? AttemptStatus.EXPIRED : status;
    }

    /** Stores the expiry of an attempt in progress past its time, when a new attempt replaces it. */
    public void expire(Instant now) {
        if (!isExpired(now)) {
            throw new IllegalStateException("attempt " + id + " has not expired");
        }
        status = AttemptStatus.EXPIRED;
        currentStepCode = null;
    }

    /** The step waiting for a reply, while the attempt is in progress. */
    public Optional<ScenarioStep> currentStep() {
        return currentStepCode == null ? Optional.empty() : scenario.step(currentStepCode);
    }

    /** The step's replies in the order this attempt shows them: the same every time it is asked. */
    public List<Choice> choicesAsShown(ScenarioStep step) {
        return shuffleSeed == null
                ? step.getChoices()
                : ShuffledOrder.of(step.getChoices(), shuffleSeed, step.getCode());
    }

    /** The grade of a finished attempt. */
    public Optional<AttemptResult> result() {
        if (!status.isGraded()) {
            return Optional.empty();
        }
        return Optional.of(new AttemptResult(Tenths.toScore(overallTenths), passed, belowPassMark, criticalChoice,
                Optional.ofNullable(endingCode).flatMap(scenario::ending), competencyResults));
    }

    /** The answer that ended the attempt with a critical choice, if it did. */
    public Optional<AttemptAnswer> criticalAnswer() {
        return criticalChoice ? Optional.of(answers.get(answers.size() - 1)) : Optional.empty();
    }

    /** The attempt's summary as the rules about attempts see it. */
    public AttemptRecord record() {
        return new AttemptRecord(id, enrolment.getId(), scenario.getId(), attemptNumber, status, passed,
                overallTenths, startedAt, expiresAt, finishedAt);
    }

    public Long getId() {
        return id;
    }

    public Learner getLearner() {
        return learner;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    /** The exact published scenario version this attempt plays. */
    public Scenario getScenario() {
        return scenario;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    /** The stored status; see {@link #statusAt} for the one to show. */
    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** The seed of the order of the replies; null for an attempt started before they were shuffled. */
    public Long getShuffleSeed() {
        return shuffleSeed;
    }

    /** The number the next answer must carry, from 1; also one more than the decisions made so far. */
    public int getNextSequence() {
        return nextSequence;
    }

    public int getDecisionsMade() {
        return nextSequence - 1;
    }

    /** The answers in the order they were made. */
    public List<AttemptAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
