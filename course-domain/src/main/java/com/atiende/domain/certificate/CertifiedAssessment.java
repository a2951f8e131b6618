package com.atiende.domain.certificate;

/**
 * The final assessment a certificate names: its title when it was passed and the score, in percent.
 */
public record CertifiedAssessment(String title, int score) {
}
