package com.atiende.web.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlayerPageTest {

    @Test
    void setsACompetencysNameOnShortLinesBrokenBetweenWords() {
        assertThat(PlayerPage.chartLines("Orientación a soluciones")).containsExactly("Orientación a", "soluciones");
        assertThat(PlayerPage.chartLines("Escucha activa")).containsExactly("Escucha activa");
        assertThat(PlayerPage.chartLines("Responsabilidad")).containsExactly("Responsabilidad");
        assertThat(PlayerPage.chartLines("Trato al cliente interno")).containsExactly("Trato al cliente", "interno");
    }
}
