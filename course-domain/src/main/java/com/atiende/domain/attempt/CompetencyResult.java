package com.atiende.domain.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a finished attempt did on one competency the scenario grades: the points achieved on the path, the score
 * 0-100 (kept in tenths, the one decimal {@link com.atiende.domain.course.Scoring} rounds to) and whether it
 * fell below the course's floor.
 */
@Embeddable
public class CompetencyResult {

    @Column(name = "competency_code", nullable = false, length = 64)
    private String competencyCode;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "score_tenths", nullable = false)
    private int scoreTenths;

    @Column(name = "below_floor", nullable = false)
    private boolean belowFloor;

    protected CompetencyResult() {
        // for JPA
    }

    CompetencyResult(String competencyCode, int points, BigDecimal score, boolean belowFloor) {
        this.competencyCode = Objects.requireNonNull(competencyCode, "competencyCode");
        this.points = points;
        this.scoreTenths = Tenths.of(score);
        this.belowFloor = belowFloor;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    /** Points achieved on the path, before clamping; what a certificate adds up across scenarios. */
    public int getPoints() {
        return points;
    }

    /** The score 0-100 with one decimal. */
    public BigDecimal getScore() {
        return Tenths.toScore(scoreTenths);
    }

    public boolean isBelowFloor() {
        return belowFloor;
    }
}
