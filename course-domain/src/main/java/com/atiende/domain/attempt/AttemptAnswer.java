package com.atiende.domain.attempt;

import com.atiende.domain.course.Choice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One reply recorded in an attempt, numbered from 1 in the order it was made. The step and choice codes are kept
 * beside the reference to the choice row so that the record reads on its own; the reference is what item analysis
 * counts. So is the order in which the step's replies were shown, and the chosen one's place in it, so that reports
 * can tell a reply picked for what it says from one picked for where it stood. The unique (attempt, sequence) key is
 * the last line of defence against two answers for one decision.
 */
@Entity
@Table(name = "attempt_answer",
        uniqueConstraints = @UniqueConstraint(name = "uq_attempt_answer_sequence",
                columnNames = {"attempt_id", "sequence_no"}))
public class AttemptAnswer {

    @Id
    @SequenceGenerator(name = "attempt_answer_seq", sequenceName = "attempt_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_answer_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false)
    private Attempt attempt;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "step_code", nullable = false, length = 64)
    private String stepCode;

    @Column(name = "choice_code", nullable = false, length = 64)
    private String choiceCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "choice_id", nullable = false)
    private Choice choice;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    /** The codes of the step's replies as shown, comma-separated (codes are slugs: no commas). */
    @Column(name = "shown_order", nullable = false, length = 4000)
    private String shownOrder;

    @Column(name = "shown_position", nullable = false)
    private int shownPosition;

    protected AttemptAnswer() {
        // for JPA
    }

    /**
     * @param stepCode  the code of the step that offers the choice
     * @param shownOrder the codes of the step's replies in the order the learner saw them, the chosen one among them
     */
    AttemptAnswer(Attempt attempt, int sequence, String stepCode, Choice choice, List<String> shownOrder,
                  Instant answeredAt) {
        this.attempt = Objects.requireNonNull(attempt, "attempt");
        this.sequence = sequence;
        this.stepCode = Objects.requireNonNull(stepCode, "stepCode");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.choiceCode = choice.getCode();
        this.shownPosition = shownOrder.indexOf(choiceCode) + 1;
        if (shownPosition == 0) {
            throw new IllegalArgumentException("reply '" + choiceCode + "' is not among those shown: " + shownOrder);
        }
        this.shownOrder = String.join(",", shownOrder);
        this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
    }

    /** Whether this answer is the given reply to the given step. */
    public boolean isReply(String stepCode, String choiceCode) {
        return this.stepCode.equals(stepCode) && this.choiceCode.equals(choiceCode);
    }

    public Long getId() {
        return id;
    }

    public Attempt getAttempt() {
        return attempt;
    }

    /** Position of the answer in its attempt, from 1. */
    public int getSequence() {
        return sequence;
    }

    public String getStepCode() {
        return stepCode;
    }

    public String getChoiceCode() {
        return choiceCode;
    }

    public Choice getChoice() {
        return choice;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** The codes of the step's replies in the order the learner saw them, first on top. */
    public List<String> getShownOrder() {
        return List.of(shownOrder.split(","));
    }

    /** Where the chosen reply stood among those shown, from 1 (the top). */
    public int getShownPosition() {
        return shownPosition;
    }
}
