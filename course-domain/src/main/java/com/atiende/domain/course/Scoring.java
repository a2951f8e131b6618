package com.atiende.domain.course;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place where grading arithmetic lives, shared by the validator (can any path pass?) and the assessment
 * layer (did this attempt pass?), so that both always agree.
 *
 * <p>A competency's score is the points achieved on the path divided by the most any path of the scenario can
 * achieve for it, as a percentage clamped to 0..100; competencies whose maximum is 0 or less cannot be graded and
 * are left out. The overall score weights the graded competencies by the course's weights, normalised over the
 * graded ones (weights may add up to anything; missing weights count as 0). The arithmetic is exact (integer
 * fractions) and each score is rounded once, half up, to one decimal; pass marks and floors compare against those
 * rounded scores, which are the ones a learner sees.
 */
public final class Scoring {

    /** Decimals kept in every score. */
    public static final int SCALE = 1;

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Scoring() {
    }

    /** Adds up the effects of the choices of a path, per competency code. */
    public static SortedMap<String, Integer> addUp(Iterable<? extends Map<String, Integer>> effects) {
        SortedMap<String, Integer> total = new TreeMap<>();
        for (Map<String, Integer> effect : effects) {
            effect.forEach((code, points) -> total.merge(code, points, Integer::sum));
        }
        return total;
    }

    /**
     * The most points the steps a learner faced offered, per competency: for each step the best effect any of its
     * replies had on the competency (nothing when none had a positive one), added up. A conversation cut short by a
     * critical reply is scored against this, so that each competency shows what was earned on the way there, and a
     * competency the conversation never got to is left out rather than scored 0.
     *
     * @param stepsFaced for each step faced, the effects of each of its replies
     */
    public static SortedMap<String, Integer> bestOffered(
            Iterable<? extends Iterable<? extends Map<String, Integer>>> stepsFaced) {
        SortedMap<String, Integer> total = new TreeMap<>();
        for (Iterable<? extends Map<String, Integer>> step : stepsFaced) {
            Map<String, Integer> best = new TreeMap<>();
            for (Map<String, Integer> effect : step) {
                effect.forEach((code, points) -> {
                    if (points > 0) {
                        best.merge(code, points, Math::max);
                    }
                });
            }
            best.forEach((code, points) -> total.merge(code, points, Integer::sum));
        }
        return total;
    }

    /**
     * Scores a path.
     *
     * @param achieved points achieved per competency on the path (absent = 0)
     * @param maxima   the scenario's maximum achievable points per competency
     * @param weights  the course's weight per competency (absent = 0)
     */
    public static ScenarioScore score(Map<String, Integer> achieved, Map<String, Integer> maxima,
                                      Map<String, Integer> weights) {
        SortedMap<String, BigDecimal> scores = new TreeMap<>();
        // The overall score is the exact fraction numerator / denominator, built up one competency at a time.
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        long totalWeight = 0;
        for (Map.Entry<String, Integer> maximum : new TreeMap<>(maxima).entrySet()) {
            int max = maximum.getValue();
            if (max <= 0) {
                continue;
            }
            String code = maximum.getKey();
            int points = Math.max(0, Math.min(max, achieved.getOrDefault(code, 0)));
            scores.put(code, percent(BigInteger.valueOf(points), BigInteger.valueOf(max)));
            long weight = Math.max(0, weights.getOrDefault(code, 0));
            BigInteger bigMax = BigInteger.valueOf(max);
            numerator = numerator.multiply(bigMax)
                    .add(BigInteger.valueOf(weight * points).multiply(denominator));
            denominator = denominator.multiply(bigMax);
            totalWeight += weight;
        }
        BigDecimal overall = totalWeight == 0
                ? BigDecimal.ZERO.setScale(SCALE)
                : percent(numerator, denominator.multiply(BigInteger.valueOf(totalWeight)));
        return new ScenarioScore(scores, overall);
    }

    /**
     * Decides whether a scored path passes. A floor on a competency the scenario cannot grade does not apply.
     *
     * @param passMark           overall score needed, 1-100
     * @param floors             minimum score per competency code
     * @param tookCriticalChoice whether the path ended with a critical choice
     */
    public static PassVerdict verdict(ScenarioScore score, int passMark, Map<String, Integer> floors,
                                      boolean tookCriticalChoice) {
        boolean belowPassMark = score.overall().compareTo(BigDecimal.valueOf(passMark)) < 0;
        SortedSet<String> missedFloors = new TreeSet<>();
        floors.forEach((code, floor) -> {
            BigDecimal competencyScore = score.competencies().get(code);
            if (competencyScore != null && competencyScore.compareTo(BigDecimal.valueOf(floor)) < 0) {
                missedFloors.add(code);
            }
        });
        return new PassVerdict(belowPassMark, missedFloors, tookCriticalChoice);
    }

    private static BigDecimal percent(BigInteger part, BigInteger whole) {
        return new BigDecimal(part.multiply(HUNDRED)).divide(new BigDecimal(whole), SCALE, RoundingMode.HALF_UP);
    }
}
