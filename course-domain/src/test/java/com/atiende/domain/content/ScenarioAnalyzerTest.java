package com.atiende.domain.content;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioAnalyzerTest {

    /**
     * A diamond: inicio branches to izquierda or derecha, both join at cierre, which ends well, ends badly or fails
     * critically. Six paths.
     */
    private static final ScenarioDefinition DIAMOND = scenario("inicio", List.of(
            step("inicio",
                    choice("a", Map.of("ea", 2), "izquierda"),
                    choice("b", Map.of("ea", -1, "em", 1), "derecha")),
            step("izquierda", choice("a", Map.of("em", 1), "cierre")),
            step("derecha", choice("a", Map.of("em", 2), "cierre")),
            step("cierre",
                    choice("a", Map.of("ea", 1), "fin"),
                    choice("b", Map.of("ea", 3, "em", -2), "fin"),
                    critical("c", Map.of("em", -5)))));

    @Test
    void findsMostAndFewestPointsPerCompetencyOverAllPaths() {
        ScenarioAnalyzer analyzer = new ScenarioAnalyzer(DIAMOND);

        assertThat(analyzer.maxPoints()).containsExactly(Map.entry("ea", 5), Map.entry("em", 3));
        assertThat(analyzer.minPoints()).containsExactly(Map.entry("ea", -1), Map.entry("em", -4));
    }

    @Test
    void countsEveryPathThroughTheDiamond() {
        assertThat(new ScenarioAnalyzer(DIAMOND).pathCount()).isEqualTo(6);
    }

    @Test
    void findsTheBestScoringPathWithoutCriticalChoices() {
        // inicio/a, izquierda, cierre/b: ea 5/5, em 0 -> 50.0, tied with inicio/b ... cierre/a; both take 3 decisions.
        ScenarioAnalyzer.BestPath best = new ScenarioAnalyzer(DIAMOND).bestPath(Map.of("ea", 1, "em", 1));

        assertThat(best.score()).isEqualByComparingTo("50.0");
        assertThat(best.decisions()).isEqualTo(3);
        assertThat(best.gaveUp()).isFalse();
    }

    @Test
    void tellsWhetherAnyPathPasses() {
        ScenarioAnalyzer analyzer = new ScenarioAnalyzer(DIAMOND);
        Map<String, Integer> weights = Map.of("ea", 1, "em", 1);

        assertThat(analyzer.passability(50, Map.of(), weights)).isEqualTo(ScenarioAnalyzer.Passability.PASSABLE);
        assertThat(analyzer.passability(51, Map.of(), weights)).isEqualTo(ScenarioAnalyzer.Passability.NOT_PASSABLE);
        assertThat(analyzer.passability(40, Map.of("ea", 60, "em", 60), weights))
                .isEqualTo(ScenarioAnalyzer.Passability.NOT_PASSABLE);
    }

    @Test
    void givesUpOnAPassMarkSearchTooLargeToFinish() {
        // 30 decisions of "ea or em": floors of 60% on both need 36 points from 30 choices, which no path has, but
        // the bound only sees it deep down; some 10^7 partial paths would have to be visited.
        List<StepDefinition> steps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String next = i == 29 ? "fin" : "paso-" + (i + 1);
            steps.add(step("paso-" + i, choice("a", Map.of("ea", 1), next), choice("b", Map.of("em", 1), next)));
        }
        ScenarioAnalyzer analyzer = new ScenarioAnalyzer(scenario("paso-0", steps));

        assertThat(analyzer.pathCount()).isEqualTo(1L << 30);
        assertThat(analyzer.passability(1, Map.of("ea", 60, "em", 60), Map.of("ea", 1, "em", 1)))
                .isEqualTo(ScenarioAnalyzer.Passability.UNDECIDED);
    }

    private static ScenarioDefinition scenario(String start, List<StepDefinition> steps) {
        return new ScenarioDefinition("prueba", "curso/scenarios/prueba.yaml", "Prueba", "Resumen", true, "chat",
                "Ana", start, steps, List.of(new EndingDefinition("fin", "Fin", "Termina.")));
    }

    private static StepDefinition step(String id, ChoiceDefinition... choices) {
        return new StepDefinition(id, "Contexto.", null, null, "Dice algo.", List.of(choices));
    }

    private static ChoiceDefinition choice(String id, Map<String, Integer> effects, String next) {
        return new ChoiceDefinition(id, "Respuesta.", "Comentario.", effects, next, null);
    }

    private static ChoiceDefinition critical(String id, Map<String, Integer> effects) {
        return new ChoiceDefinition(id, "Respuesta.", "Comentario.", effects, null, "Termina mal.");
    }
}
