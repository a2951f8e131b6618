package com.atiende.assessment.grading;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One competency's score in a result, with what the course expects of it.
 *
 * @param score      0-100 with one decimal
 * @param weight     the course's weight in the overall score
 * @param floor      the course's minimum score, or null when it sets none
 * @param belowFloor whether the score missed the floor (one reason for failing)
 */
public record CompetencyScoreView(String code, String nameEs, String nameEn, BigDecimal score, int weight,
                                  Integer floor, boolean belowFloor) implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameEs;
    }
}
