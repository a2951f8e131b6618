package com.atiende.domain.course;


import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ScoringTest {

    private static final Map<String, Integer> MAXIMA = Map.of("escucha", 4, "empatia", 2);

    static Stream<Arguments> scores() {
        return Stream.of(
                arguments("no effect on a competency scores it 0",
                        Map.of("escucha", 4), MAXIMA, Map.of("escucha", 2, "empatia", 1),
                        Map.of("escucha", "100.0", "empatia", "0.0"), "66.7"),
                arguments("an all-negative path is clamped to 0",
                        Map.of("escucha", -3, "empatia", -2), MAXIMA, Map.of("escucha", 1, "empatia", 1),
                        Map.of("escucha", "0.0", "empatia", "0.0"), "0.0"),
                arguments("competencies whose maximum is 0 or less are left out",
                        Map.of("escucha", 2, "paciencia", 0, "tono", -3),
                        Map.of("escucha", 4, "paciencia", 0, "tono", -1),
                        Map.of("escucha", 1, "paciencia", 5, "tono", 5),
                        Map.of("escucha", "50.0"), "50.0"),
                arguments("weights need not sum to 1; 43.75 rounds half up",
                        Map.of("escucha", 1, "empatia", 2), MAXIMA, Map.of("escucha", 3, "empatia", 1),
                        Map.of("escucha", "25.0", "empatia", "100.0"), "43.8"),
                arguments("thirds round to one decimal",
                        Map.of("escucha", 1, "empatia", 2), Map.of("escucha", 3, "empatia", 3),
                        Map.of("escucha", 1, "empatia", 1),
                        Map.of("escucha", "33.3", "empatia", "66.7"), "50.0"),
                arguments("a graded competency without a weight is scored but not in the overall",
                        Map.of("escucha", 4, "empatia", 0), MAXIMA, Map.of("escucha", 1),
                        Map.of("escucha", "100.0", "empatia", "0.0"), "100.0"),
                arguments("nothing gradable scores 0 overall",
                        Map.of("escucha", 1), Map.of("escucha", 0), Map.of("escucha", 1),
                        Map.of(), "0.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scores")
    void scoresEachCompetencyAndTheWeightedOverall(String behaviour, Map<String, Integer> achieved,
                                                   Map<String, Integer> maxima, Map<String, Integer> weights,
                                                   Map<String, String> competencies, String overall) {
        ScenarioScore score = Scoring.score(achieved, maxima, weights);

        assertThat(score.competencies()).containsExactlyInAnyOrderEntriesOf(decimals(competencies));
        assertThat(score.overall()).isEqualTo(new BigDecimal(overall));
    }

    static Stream<Arguments> verdicts() {
        return Stream.of(
                arguments("an overall score at the pass mark passes",
                        score("70.0", "escucha", "70.0"), 70, Map.of(), false, true, false, List.of()),
                arguments("an overall score just below the pass mark fails",
                        score("69.9", "escucha", "69.9"), 70, Map.of(), false, false, true, List.of()),
                arguments("a missed floor fails even above the pass mark",
                        score("80.0", "escucha", "100.0", "empatia", "40.0"), 70, Map.of("empatia", 50), false,
                        false, false, List.of("empatia")),
                arguments("every missed floor is named",
                        score("30.0", "escucha", "30.0", "empatia", "30.0"), 70,
                        Map.of("empatia", 50, "escucha", 50), false, false, true, List.of("empatia", "escucha")),
                arguments("a floor on a competency the scenario does not grade does not apply",
                        score("90.0", "escucha", "90.0"), 70, Map.of("empatia", 50), false, true, false, List.of()),
                arguments("a critical choice fails whatever the scores",
                        score("100.0", "escucha", "100.0"), 70, Map.of(), true, false, false, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void decidesWhetherAPathPassesAndWhyNot(String behaviour, ScenarioScore score, int passMark,
                                            Map<String, Integer> floors, boolean critical, boolean passed,
                                            boolean belowPassMark, List<String> missedFloors) {
        PassVerdict verdict = Scoring.verdict(score, passMark, floors, critical);

        assertThat(verdict.passed()).isEqualTo(passed);
        assertThat(verdict.belowPassMark()).isEqualTo(belowPassMark);
        assertThat(verdict.missedFloors()).containsExactlyElementsOf(missedFloors);
        assertThat(verdict.criticalChoice()).isEqualTo(critical);
    }

    @Test
    void passRulesEvaluateWithTheirPassMarkAndFloors() {
        PassRules rules = new PassRules(60, Map.of("empatia", 50), 3, AttemptKept.BEST, 0, 14);

        PassVerdict verdict = rules.evaluate(score("75.0", "escucha", "100.0", "empatia", "25.0"), false);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.missedFloors()).containsExactly("empatia");
    }

    @Test
    void addsUpTheEffectsOfAPath() {
        assertThat(Scoring.addUp(List.of(Map.of("escucha", 2, "empatia", 1), Map.of("empatia", -3))))
                .containsExactly(Map.entry("empatia", -2), Map.entry("escucha", 2));
    }

    private static ScenarioScore score(String overall, String... codesAndScores) {
        Map<String, String> competencies = new TreeMap<>();
        for (int i = 0; i < codesAndScores.length; i += 2) {
            competencies.put(codesAndScores[i], codesAndScores[i + 1]);
        }
        return new ScenarioScore(new TreeMap<>(decimals(competencies)), new BigDecimal(overall));
    }

    private static Map<String, BigDecimal> decimals(Map<String, String> values) {
        Map<String, BigDecimal> decimals = new TreeMap<>();
        values.forEach((code, value) -> decimals.put(code, new BigDecimal(value)));
        return decimals;
    }

    @Test
    void bestOfferedAddsUpEachFacedStepsBestPositiveEffectAndLeavesOutWhatNoneOffered() {
        List<List<Map<String, Integer>>> faced = List.of(
                List.of(Map.of("escucha", 2, "empatia", 1), Map.of("escucha", 3, "empatia", -1), Map.of("empatia", -3)),
                List.of(Map.of("escucha", -1), Map.of("escucha", 1, "resolucion", 0)));

        assertThat(Scoring.bestOffered(faced)).containsExactlyEntriesOf(new TreeMap<>(Map.of("escucha", 4, "empatia", 1)));
    }
}
