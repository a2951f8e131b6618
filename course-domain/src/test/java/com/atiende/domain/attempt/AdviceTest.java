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

        assertThat(advice.text("es")).isEqualTo(
                "Tu punto fuerte: Escucha activa. Sigue así: dejar hablar y comprobar lo entendido.");
        assertThat(advice.text("en")).isEqualTo(
                "Your strongest competency: Active listening. Keep letting people speak and checking what was"
                        + " understood.");
    }

    @Test
    void buildsAdviceForAWeaknessFromTheCompetencyDescriptionInBothLanguages() {
        Advice advice = Advice.forWeakness(listening);

        assertThat(advice.es()).isEqualTo(
                "Para mejorar en escucha activa, céntrate en dejar hablar y comprobar lo entendido.");
        assertThat(advice.en()).isEqualTo(
                "To improve your active listening, focus on letting people speak and checking what was understood.");
    }

    @Test
    void fallsBackToSpanishForOtherLanguages() {
        assertThat(Advice.forWeakness(listening).text("fr")).startsWith("Para mejorar");
    }
}
