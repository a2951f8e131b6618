package com.atiende.domain.course;


import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioTest {

    private final Scenario scenario = twoStepScenario();

    @Test
    void startsAtItsStartStep() {
        assertThat(scenario.firstStep().getCode()).isEqualTo("saludo");
    }

    @Test
    void findsAChoiceOfferedInItsStep() {
        Choice choice = scenario.choiceAt("problema", "b");

        assertThat(choice.getReply()).isEqualTo("Llame al banco.");
        assertThat(scenario.isEnding(choice.getNextCode())).isTrue();
    }

    @Test
    void rejectsChoiceFromAnotherStep() {
        assertThatThrownBy(() -> scenario.choiceAt("problema", "c"))
                .isInstanceOf(InvalidChoiceException.class)
                .hasMessage("step 'problema' of scenario 'llamada' offers no choice 'c'");
    }

    @Test
    void rejectsChoiceInUnknownStep() {
        assertThatThrownBy(() -> scenario.choiceAt("despedida", "a"))
                .isInstanceOf(InvalidChoiceException.class)
                .hasMessage("scenario 'llamada' has no step 'despedida'");
    }

    @Test
    void tellsEndingsFromSteps() {
        assertThat(scenario.isEnding("resuelto")).isTrue();
        assertThat(scenario.isEnding("problema")).isFalse();
        assertThat(scenario.step("problema")).isPresent();
        assertThat(scenario.ending("saludo")).isEmpty();
    }

    @Test
    void marksAChoiceWithoutNextAsCritical() {
        assertThat(scenario.choiceAt("saludo", "c").isCritical()).isTrue();
        assertThat(scenario.choiceAt("saludo", "a").isCritical()).isFalse();
    }

    @Test
    void scoresAgainstItsMaximaAndItsCourseWeights() {
        ScenarioScore score = scenario.score(Map.of("escucha", 2, "empatia", 2));

        assertThat(score.overall()).isEqualByComparingTo("75.0");
    }

    private static Scenario twoStepScenario() {
        Course course = new Course("curso", 1, "Curso", "Resumen", "es", 0, "hash",
                new PassRules(60, Map.of(), 0, AttemptKept.BEST, 0, 14), Map.of("escucha", 1, "empatia", 1), 12);
        ScenarioStep saludo = new ScenarioStep("saludo", "Suena el teléfono.", null, null, "Hola.", List.of(
                new Choice("a", "Cuénteme.", "Bien.", Map.of("escucha", 2), "problema", null),
                new Choice("c", "No es mi problema.", "Mal.", Map.of("empatia", -3), null, "Rechazas al cliente.")));
        ScenarioStep problema = new ScenarioStep("problema", "Explica.", "molesto", 5, "No funciona.", List.of(
                new Choice("a", "Lo revisamos.", "Bien.", Map.of("escucha", 2, "empatia", 2), "resuelto", null),
                new Choice("b", "Llame al banco.", "Mal.", Map.of("empatia", -1), "perdido", null)));
        return new Scenario(course, 0, "llamada", "Una llamada", "Resumen", true, "telefono", "Luis", "saludo",
                List.of(saludo, problema),
                List.of(new ScenarioEnding("resuelto", "Resuelto", "Bien."),
                        new ScenarioEnding("perdido", "Perdido", "Mal.")),
                Map.of("escucha", 4, "empatia", 2), Map.of("escucha", 0, "empatia", -3), 3, 2);
    }
}
