package com.atiende.domain.attempt;

import com.atiende.domain.course.AssessmentQuestion;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.QuestionDraw;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One go at a course's final assessment: the questions drawn for it, stored when it starts (with the order of each
 * question's options), and once submitted the answers and the grade. All questions are submitted together; a
 * submission with a question unanswered records nothing. The score is the percentage of right answers, rounded half
 * up, and the attempt passes when it reaches the assessment's pass mark.
 */
@Entity
@Table(name = "final_assessment_attempt",
        uniqueConstraints = @UniqueConstraint(name = "uq_final_assessment_attempt_number",
                columnNames = {"enrolment_id", "attempt_no"}))
@NamedQuery(name = "FinalAssessmentAttempt.findOfEnrolment",
        query = "SELECT a FROM FinalAssessmentAttempt a WHERE a.enrolment.id = :enrolmentId ORDER BY a.attemptNumber")
@NamedQuery(name = "FinalAssessmentAttempt.findPassed",
        query = "SELECT a FROM FinalAssessmentAttempt a WHERE a.enrolment.id = :enrolmentId"
                + " AND a.status = com.atiende.domain.attempt.AttemptStatus.PASSED")
@NamedQuery(name = "FinalAssessmentAttempt.findOwned",
        query = "SELECT a FROM FinalAssessmentAttempt a JOIN FETCH a.enrolment WHERE a.id = :id"
                + " AND a.learner.id = :learnerId")
@NamedQuery(name = "FinalAssessmentAttempt.recordsOfLearner",
        query = "SELECT NEW com.atiende.domain.attempt.AssessmentAttemptRecord(a.id, a.enrolment.id,"
                + " a.attemptNumber, a.status, a.score, a.startedAt, a.submittedAt)"
                + " FROM FinalAssessmentAttempt a WHERE a.learner.id = :learnerId")
public class FinalAssessmentAttempt {

    @Id
    @SequenceGenerator(name = "final_assessment_attempt_seq", sequenceName = "final_assessment_attempt_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "final_assessment_attempt_seq")
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
    @JoinColumn(name = "assessment_id", nullable = false)
    private FinalAssessment assessment;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "correct_count", nullable = false)
    private int correctCount;

    /** Percentage of right answers, 0-100; 0 until submitted. */
    @Column(name = "score", nullable = false)
    private int score;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "final_assessment_answer", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "sort_order")
    private List<AssessmentAnswer> answers = new ArrayList<>();

    protected FinalAssessmentAttempt() {
        // for JPA
    }

    /**
     * Starts an attempt with the questions drawn for it. Whether the learner may start one is
     * {@link FinalAssessmentPolicy}'s decision, taken before.
     */
    public FinalAssessmentAttempt(Enrolment enrolment, FinalAssessment assessment, int attemptNumber,
                                  List<QuestionDraw.Drawn> drawn, Instant startedAt) {
        if (assessment.getCourse() != enrolment.getCourse()) {
            throw new IllegalArgumentException("final assessment '" + assessment.getCode()
                    + "' is not part of the enrolled course version");
        }
        if (drawn.size() != assessment.getQuestionsPerAttempt()) {
            throw new IllegalArgumentException("drew " + drawn.size() + " questions, the assessment asks "
                    + assessment.getQuestionsPerAttempt());
        }
        this.enrolment = enrolment;
        this.learner = enrolment.getLearner();
        this.assessment = assessment;
        this.attemptNumber = attemptNumber;
        this.status = AttemptStatus.IN_PROGRESS;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        for (QuestionDraw.Drawn question : drawn) {
            assessment.question(question.id()).orElseThrow(() -> new IllegalArgumentException(
                    "question '" + question.id() + "' is not in the bank"));
            answers.add(new AssessmentAnswer(question.id(), question.optionOrder()));
        }
    }

    /**
     * Grades the attempt with one answer per question. The same answers handed in again (a double click, a second
     * tab, a retried request) change nothing and are not an error.
     *
     * @param chosen for each question code, the index of the chosen option in the author's order
     * @return whether this call graded the attempt; false for a repeat of the answers it was graded on
     * @throws IncompleteSubmissionException when a question has no answer or one it does not offer
     * @throws AnswerRejectedException       when the attempt was already submitted with other answers
     */
    public boolean submit(Map<String, Integer> chosen, Instant at) {
        if (status != AttemptStatus.IN_PROGRESS) {
            boolean repeated = answers.stream()
                    .allMatch(answer -> answer.getChosenOption().equals(chosen.get(answer.getQuestionCode())));
            if (repeated) {
                return false;
            }
            throw new AnswerRejectedException(AnswerRejectedException.Reason.FINISHED,
                    "final assessment attempt " + id + " is " + status);
        }
        List<String> missing = new ArrayList<>();
        for (AssessmentAnswer answer : answers) {
            Integer option = chosen.get(answer.getQuestionCode());
            if (option == null || !answer.getShownOrder().contains(option)) {
                missing.add(answer.getQuestionCode());
            }
        }
        if (!missing.isEmpty()) {
            throw new IncompleteSubmissionException(missing);
        }
        int right = 0;
        for (AssessmentAnswer answer : answers) {
            int option = chosen.get(answer.getQuestionCode());
            boolean correct = question(answer).isCorrect(option);
            answer.record(option, correct);
            right += correct ? 1 : 0;
        }
        correctCount = right;
        score = percentage(right, answers.size());
        status = score >= assessment.getPassMark() ? AttemptStatus.PASSED : AttemptStatus.FAILED;
        submittedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    /** Right answers as a whole percentage, rounded half up: 7 of 9 is 78. */
    static int percentage(int right, int total) {
        return (200 * right + total) / (2 * total);
    }

    /** The bank's question an answer refers to. */
    public AssessmentQuestion question(AssessmentAnswer answer) {
        return assessment.question(answer.getQuestionCode()).orElseThrow(() -> new IllegalStateException(
                "question '" + answer.getQuestionCode() + "' of attempt " + id + " is not in the bank"));
    }

    /** The attempt's summary as the rules about attempts see it. */
    public AssessmentAttemptRecord record() {
        return new AssessmentAttemptRecord(id, enrolment.getId(), attemptNumber, status, score, startedAt,
                submittedAt);
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

    public FinalAssessment getAssessment() {
        return assessment;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public boolean isPassed() {
        return status == AttemptStatus.PASSED;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getCorrectCount() {
        return correctCount;
    }

    /** Percentage of right answers, 0-100, once submitted. */
    public int getScore() {
        return score;
    }

    /** The drawn questions, in the order the learner sees them. */
    public List<AssessmentAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
