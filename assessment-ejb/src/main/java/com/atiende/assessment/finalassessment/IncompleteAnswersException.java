package com.atiende.assessment.finalassessment;

import com.atiende.assessment.AssessmentException;
import java.util.List;

/**
 * A final assessment was submitted with questions unanswered: nothing is recorded. The page marks each named
 * question with {@code finalAssessment.unanswered}.
 */
public class IncompleteAnswersException extends AssessmentException {

    private static final long serialVersionUID = 1L;

    private final List<String> questionCodes;

    public IncompleteAnswersException(List<String> questionCodes) {
        super("finalAssessment.incomplete", "questions without an answer: " + questionCodes, questionCodes.size());
        this.questionCodes = List.copyOf(questionCodes);
    }

    /** The questions to answer, in the order the attempt shows them. */
    public List<String> getQuestionCodes() {
        return questionCodes;
    }
}
