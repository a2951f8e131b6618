package com.atiende.domain.certificate;

import com.atiende.domain.attempt.Tenths;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/** A competency score as it stood when the certificate was issued, 0-100 with one decimal (kept in tenths). */
@Embeddable
public class CertifiedScore {

    @Column(name = "competency_code", nullable = false, length = 64)
    private String competencyCode;

    @Column(name = "score_tenths", nullable = false)
    private int scoreTenths;

    protected CertifiedScore() {
        // for JPA
    }

    CertifiedScore(String competencyCode, BigDecimal score) {
        this.competencyCode = Objects.requireNonNull(competencyCode, "competencyCode");
        this.scoreTenths = Tenths.of(score);
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public BigDecimal getScore() {
        return Tenths.toScore(scoreTenths);
    }
}
