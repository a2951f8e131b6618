package com.atiende.domain.attempt;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The strongest and the weakest competency of a finished attempt, the two a learner is told about first. Ties go to
 * the competency the course weighs more (it matters more), then to the code, so the choice is stable.
 *
 * <p>There is no strongest when every score is 0, and no weakest when it would be at 100 or no weaker than the
 * strongest: calling equal scores "strongest" and "weakest" would say something false.
 *
 * @param strongest the highest-scoring competency, if any scored above 0
 * @param weakest   the lowest-scoring competency, if it is below 100 and below the strongest
 */
public record Highlights(Optional<CompetencyResult> strongest, Optional<CompetencyResult> weakest) {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    /**
     * @param weights the course's weight per competency code (absent = 0)
     */
    public static Highlights of(List<CompetencyResult> results, Map<String, Integer> weights) {
        Comparator<CompetencyResult> byImportance = Comparator
                .comparing((CompetencyResult result) -> weights.getOrDefault(result.getCompetencyCode(), 0))
                .reversed()
                .thenComparing(CompetencyResult::getCompetencyCode);
        Optional<CompetencyResult> strongest = results.stream()
                .sorted(Comparator.comparing(CompetencyResult::getScore).reversed().thenComparing(byImportance))
                .findFirst()
                .filter(result -> result.getScore().signum() > 0);
        Optional<CompetencyResult> weakest = results.stream()
                .sorted(Comparator.comparing(CompetencyResult::getScore).thenComparing(byImportance))
                .findFirst()
                .filter(result -> result.getScore().compareTo(FULL) < 0)
                .filter(result -> strongest.isEmpty()
                        || result.getScore().compareTo(strongest.get().getScore()) < 0);
        return new Highlights(strongest, weakest);
    }
}
