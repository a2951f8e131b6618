package com.atiende.domain.attempt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HighlightsTest {

    private static final Map<String, Integer> WEIGHTS = Map.of("escucha", 3, "empatia", 2, "atencion", 1);

    static Stream<Arguments> highlights() {
        return Stream.of(
                arguments("highest and lowest", scores("escucha", "80.0", "empatia", "40.0", "atencion", "60.0"),
                        "escucha", "empatia"),
                arguments("ties go to the heavier weight", scores("escucha", "50.0", "empatia", "50.0",
                        "atencion", "90.0"), "atencion", "escucha"),
                arguments("ties of equal weight go to the code", scores("zeta", "70.0", "alfa", "70.0",
                        "beta", "10.0"), "alfa", "beta"),
                arguments("nothing is strong when everything is 0", scores("escucha", "0.0", "empatia", "0.0"),
                        null, "escucha"),
                arguments("nothing is weak when everything is 100", scores("escucha", "100.0", "empatia", "100.0"),
                        "escucha", null),
                arguments("equal scores are neither strongest nor weakest of each other",
                        scores("escucha", "60.0", "empatia", "60.0"), "escucha", null),
                arguments("a single competency", scores("empatia", "40.0"), "empatia", null),
                arguments("no competency graded", List.of(), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("highlights")
    void picksTheStrongestAndWeakestCompetency(String description, List<CompetencyResult> results,
                                               String strongest, String weakest) {
        Highlights highlights = Highlights.of(results, WEIGHTS);

        assertThat(highlights.strongest().map(CompetencyResult::getCompetencyCode).orElse(null))
                .isEqualTo(strongest);
        assertThat(highlights.weakest().map(CompetencyResult::getCompetencyCode).orElse(null)).isEqualTo(weakest);
    }

    private static List<CompetencyResult> scores(String... codesAndScores) {
        return Stream.iterate(0, i -> i < codesAndScores.length, i -> i + 2)
                .map(i -> new CompetencyResult(codesAndScores[i], 0, new BigDecimal(codesAndScores[i + 1]), false))
                .toList();
    }
}
