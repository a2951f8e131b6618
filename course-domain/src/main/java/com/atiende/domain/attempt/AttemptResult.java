package com.atiende.domain.attempt;

import com.atiende.domain.course.ScenarioEnding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The grade of a finished attempt, with every reason it failed: below the pass mark, below a floor (per
 * competency), or a critical choice.
 *
 * @param overall       the weighted overall score, 0-100 with one decimal
 * @param ending        the ending reached; empty when a critical choice ended the conversation
 * @param competencies  the score of every competency the scenario grades, ordered by code
 */
public record AttemptResult(BigDecimal overall, boolean passed, boolean belowPassMark, boolean criticalChoice,
                            Optional<ScenarioEnding> ending, List<CompetencyResult> competencies) {

    public AttemptResult {
        competencies = List.copyOf(competencies);
    }
}
