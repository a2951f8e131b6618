package com.atiende.assessment.grading;

import com.atiende.domain.attempt.AttemptStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result of a graded attempt, explaining itself. It fails for every reason flagged: {@code belowPassMark},
 * a competency {@code belowFloor}, {@code criticalChoice}.
 *
 * @param overall             the weighted overall score, 0-100 with one decimal
 * @param passMark            the overall score the course asks for
 * @param criticalExplanation why the critical reply failed the attempt, or null
 * @param ending              the ending reached, or null when a critical reply ended the conversation
 * @param competencies        the score of each competency the scenario grades, heaviest weight first
 * @param strongest           the best competency with advice, or null (nothing scored above 0)
 * @param weakest             the worst competency with advice, or null (nothing below 100 or below the strongest)
 * @param feedback            every decision in order, with its feedback
 */
public record ResultView(long attemptId, int attemptNumber, String scenarioCode, String scenarioTitle,
                         AttemptStatus status, boolean passed, BigDecimal overall, int passMark,
                         boolean belowPassMark, boolean criticalChoice, String criticalExplanation, Ending ending,
                         List<CompetencyScoreView> competencies, AdviceView strongest, AdviceView weakest,
                         List<FeedbackLine> feedback) implements Serializable {

    public ResultView {
        competencies = List.copyOf(competencies);
        feedback = List.copyOf(feedback);
    }

    /** How the conversation turned out. */
    public record Ending(String code, String title, String outcome) implements Serializable {
    }
}
