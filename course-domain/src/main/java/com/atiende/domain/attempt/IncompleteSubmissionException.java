package com.atiende.domain.attempt;

import java.util.List;

/**
 * Thrown when a final assessment is submitted with questions left unanswered, or answered with an option the
 * question does not have. Nothing is recorded: the learner answers the named questions and submits again.
 */
public class IncompleteSubmissionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> questionCodes;

    IncompleteSubmissionException(List<String> questionCodes) {
        super("questions without a valid answer: " + questionCodes);
        this.questionCodes = List.copyOf(questionCodes);
    }

    /** The questions to answer, in the order the attempt shows them. */
    public List<String> getQuestionCodes() {
        return questionCodes;
    }
}
