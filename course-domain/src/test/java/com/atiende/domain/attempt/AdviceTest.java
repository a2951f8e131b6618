package com.atiende.domain.attempt;

import com.atiende.domain.competency.Competency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdviceTest {

    private final Competency listening = new Competency("escucha-activa", "Escucha activa", "Active listening",
            "Dejar hablar y comprobar lo entendido.", "Letting people speak and checking what was understood.");

    @Test
    void buildsAdviceForAStrengthFromTheCompetencyDescriptionInBothLanguages() {
        Advice advice = Advice.forStrength(listening);

        assertThat(advice.text("es")).isEqualTo("Sigue así: dejar hablar y comprobar lo entendido.");
        assertThat(advice.text("en")).isEqualTo("Keep letting people speak and checking what was understood.");
    }

    @Test
    void buildsAdviceForAWeaknessFromTheCompetencyDescriptionInBothLanguages() {
        Advice advice = Advice.forWeakness(listening);

        assertThat(advice.es()).isEqualTo("Céntrate en dejar hablar y comprobar lo entendido.");
        assertThat(advice.en()).isEqualTo("Focus on letting people speak and checking what was understood.");
    }

    @Test
    void neverRepeatsTheCompetencyItsHeadingNames() {
        for (Advice advice : new Advice[] {Advice.forStrength(listening), Advice.forWeakness(listening)}) {
            assertThat(advice.es()).doesNotContainIgnoringCase("escucha activa");
            assertThat(advice.en()).doesNotContainIgnoringCase("active listening");
        }
    }

    @Test
    void fallsBackToSpanishForOtherLanguages() {
        assertThat(Advice.forWeakness(listening).text("fr")).startsWith("Céntrate en");
    }
}
