package com.atiende.domain.content;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the paths of one scenario can achieve, worked out once when the content is validated and stored with the
 * scenario. A path runs from the start step to an ending or to a critical choice; the maxima are the denominators
 * of {@link com.atiende.domain.course.Scoring}.
 *
 * @param courseCode        the course (folder) the scenario belongs to
 * @param scenarioId        the scenario's id
 * @param maxPoints         most points any path achieves, per competency the scenario's effects mention
 * @param minPoints         fewest points any path achieves, per competency
 * @param pathCount         distinct paths (saturates at {@link Long#MAX_VALUE})
 * @param bestPathDecisions decisions on the highest-scoring path that ends without a critical choice (the longest
 *                          such path when several score the same); 0 when every path ends critically
 * @param bestScore         the overall score of that path
 */
public record ScenarioAnalysis(String courseCode, String scenarioId, SortedMap<String, Integer> maxPoints,
                               SortedMap<String, Integer> minPoints, long pathCount, int bestPathDecisions,
                               BigDecimal bestScore) {

    public ScenarioAnalysis {
        Objects.requireNonNull(courseCode, "courseCode");
        Objects.requireNonNull(scenarioId, "scenarioId");
        maxPoints = Collections.unmodifiableSortedMap(new TreeMap<>(maxPoints));
        minPoints = Collections.unmodifiableSortedMap(new TreeMap<>(minPoints));
        Objects.requireNonNull(bestScore, "bestScore");
    }
}
