package com.atiende.domain.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One question of a final-assessment attempt: which question was drawn, the order its options were shown in, and,
 * once the attempt is submitted, the option chosen and whether it was right. The order is kept so that a reload
 * shows the same page and item analysis can see position effects.
 */
@Embeddable
public class AssessmentAnswer {

    @Column(name = "question_code", nullable = false, length = 64)
    private String questionCode;

    /** Indexes of the options in the author's order, comma-separated, in the order shown. */
    @Column(name = "shown_order", nullable = false, length = 64)
    private String shownOrder;

    /** Index of the chosen option in the author's order; null until submitted. */
    @Column(name = "chosen_option")
    private Integer chosenOption;

    @Column(name = "correct")
    private Boolean correct;

    protected AssessmentAnswer() {
        // for JPA
    }

    AssessmentAnswer(String questionCode, List<Integer> shownOrder) {
        this.questionCode = Objects.requireNonNull(questionCode, "questionCode");
        this.shownOrder = shownOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    void record(int option, boolean right) {
        this.chosenOption = option;
        this.correct = right;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    /** Indexes of the options in the author's order, in the order the learner saw them. */
    public List<Integer> getShownOrder() {
        return Arrays.stream(shownOrder.split(",")).map(Integer::valueOf).toList();
    }

    /** Index of the chosen option in the author's order, or null before submission. */
    public Integer getChosenOption() {
        return chosenOption;
    }

    /** Whether the chosen option was right; null before submission. */
    public Boolean getCorrect() {
        return correct;
    }
}
