package com.atiende.domain.course;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The scores of one path through a scenario: one per gradable competency and a weighted overall score, all 0-100
 * with one decimal. Competencies the scenario cannot score (maximum of 0 or less) are absent rather than zero.
 *
 * @param competencies score per competency code, ordered by code
 * @param overall      the weighted overall score
 */
public record ScenarioScore(SortedMap<String, BigDecimal> competencies, BigDecimal overall) {

    public ScenarioScore {
        competencies = Collections.unmodifiableSortedMap(new TreeMap<>(competencies));
        Objects.requireNonNull(overall, "overall");
    }
}
