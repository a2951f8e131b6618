package com.atiende.domain.content;

import com.atiende.domain.course.ScenarioScore;
import com.atiende.domain.course.Scoring;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works out what the paths of one scenario graph can achieve. Per-competency extremes, path counts and longest
 * paths come from dynamic programming over the DAG, which is linear in its size. Questions that depend on how
 * competencies combine (the best overall score, whether any path passes) are answered by a depth-first search that
 * prunes every branch whose optimistic bound cannot beat what is sought; the search gives up after
 * {@link #MAX_VISITS} steps visited, which the caller reports.
 *
 * <p>Two bounds are combined, both from DP over what remains of the graph: each competency at its own best (tight
 * when competencies pull apart), and the weighted sum of the positive effects of the best remaining path (tight when
 * they move together). Bounds are computed in floating point with a safety margin, only ever to prune; every score
 * that is compared or reported comes from {@link Scoring}.
 *
 * <p>A path runs from the start to an ending or to a critical choice. Only scenarios whose start is a step and
 * whose steps form no cycle may be analysed; a choice leading to neither a step nor an ending counts as an end.
 */
final class ScenarioAnalyzer {

    static final int MAX_VISITS = 200_000;

    /** Half of the 0.1 a score is rounded to, plus a margin for floating point: bounds never prune a tie. */
    private static final double ROUNDING = 0.05;
    private static final double MARGIN = 1e-9;

    /** Whether some path passes, as far as the bounded search could tell. */
    enum Passability { PASSABLE, NOT_PASSABLE, UNDECIDED }

    /** The best-scoring non-critical path found, and whether the search had to give up before finishing. */
    record BestPath(int decisions, BigDecimal score, boolean exists, boolean gaveUp) {
    }

    private final String start;
    private final Map<String, StepDefinition> steps = new HashMap<>();
    private final List<String> competencies;
    private final Map<String, int[]> maxFrom = new HashMap<>();
    private final Map<String, int[]> minFrom = new HashMap<>();
    private final Map<String, Long> pathsFrom = new HashMap<>();
    private final Map<String, Integer> longestFrom = new HashMap<>();
    private final Map<String, Integer> maxima;

    ScenarioAnalyzer(ScenarioDefinition scenario) {
        this.start = scenario.start();
        TreeSet<String> codes = new TreeSet<>();
        for (StepDefinition step : scenario.steps()) {
            if (step.id() != null) {
                steps.putIfAbsent(step.id(), step);
            }
            step.choices().forEach(choice -> codes.addAll(choice.effects().keySet()));
        }
        this.competencies = List.copyOf(codes);
        solve(start);
        this.maxima = toMap(maxFrom.get(start));
    }

    /** Most points any path achieves, per competency mentioned in the scenario's effects. */
    SortedMap<String, Integer> maxPoints() {
        return toMap(maxFrom.get(start));
    }

    SortedMap<String, Integer> minPoints() {
        return toMap(minFrom.get(start));
    }

    long pathCount() {
        return pathsFrom.get(start);
    }

    /** The highest-scoring path that ends without a critical choice; ties go to the longer path. */
    BestPath bestPath(Map<String, Integer> weights) {
        BestSearch search = new BestSearch(weights);
        search.visit(start, new int[competencies.size()], 0);
        BigDecimal score = search.exists ? search.bestScore : BigDecimal.ZERO.setScale(Scoring.SCALE);
        return new BestPath(search.bestDecisions, score, search.exists, search.visits > MAX_VISITS);
    }

    /** Whether some path meets the pass mark and every floor without a critical choice. */
    Passability passability(int passMark, Map<String, Integer> floors, Map<String, Integer> weights) {
        PassSearch search = new PassSearch(passMark, floors, weights);
        if (search.visit(start, new int[competencies.size()])) {
            return Passability.PASSABLE;
        }
        return search.visits > MAX_VISITS ? Passability.UNDECIDED : Passability.NOT_PASSABLE;
    }

    private void solve(String stepId) {
        if (maxFrom.containsKey(stepId)) {
            return;
        }
        int size = competencies.size();
        int[] max = new int[size];
        int[] min = new int[size];
        long paths = 0;
        int longest = 0;
        boolean first = true;
        for (ChoiceDefinition choice : steps.get(stepId).choices()) {
            String next = continuation(choice);
            if (next != null) {
                solve(next);
            }
            int[] effect = effect(choice);
            int[] restMax = next == null ? new int[size] : maxFrom.get(next);
            int[] restMin = next == null ? new int[size] : minFrom.get(next);
            for (int c = 0; c < size; c++) {
                max[c] = first ? effect[c] + restMax[c] : Math.max(max[c], effect[c] + restMax[c]);
                min[c] = first ? effect[c] + restMin[c] : Math.min(min[c], effect[c] + restMin[c]);
            }
            first = false;
            long more = next == null ? 1 : pathsFrom.get(next);
            paths = paths > Long.MAX_VALUE - more ? Long.MAX_VALUE : paths + more;
            longest = Math.max(longest, 1 + (next == null ? 0 : longestFrom.get(next)));
        }
        maxFrom.put(stepId, max);
        minFrom.put(stepId, min);
        pathsFrom.put(stepId, paths);
        longestFrom.put(stepId, longest);
    }

    /** The step a choice continues to, or null when the path ends with it. */
    private String continuation(ChoiceDefinition choice) {
        return !choice.isCritical() && choice.next() != null && steps.containsKey(choice.next()) ? choice.next() : null;
    }

    private int[] effect(ChoiceDefinition choice) {
        int[] effect = new int[competencies.size()];
        for (int c = 0; c < effect.length; c++) {
            effect[c] = choice.effects().getOrDefault(competencies.get(c), 0);
        }
        return effect;
    }

    private int[] plus(int[] totals, int[] effect) {
        int[] sum = Arrays.copyOf(totals, totals.length);
        for (int c = 0; c < sum.length; c++) {
            sum[c] += effect[c];
        }
        return sum;
    }

    /** The most a path through {@code stepId} could end with, per competency: what Scoring can at best see. */
    private int[] bound(String stepId, int[] totals) {
        return plus(totals, maxFrom.get(stepId));
    }

    private ScenarioScore score(int[] totals, Map<String, Integer> weights) {
        return Scoring.score(toMap(totals), maxima, weights);
    }

    private SortedMap<String, Integer> toMap(int[] points) {
        SortedMap<String, Integer> map = new TreeMap<>();
        for (int c = 0; c < points.length; c++) {
            map.put(competencies.get(c), points[c]);
        }
        return map;
    }

    /** Branch and bound for the best overall score. */
    private final class BestSearch {

        private final Map<String, Integer> weights;
        private final Bounds bounds;
        private int visits;
        private boolean exists;
        private BigDecimal bestScore;
        private int bestDecisions;

        BestSearch(Map<String, Integer> weights) {
            this.weights = weights;
            this.bounds = new Bounds(weights);
        }

        void visit(String stepId, int[] totals, int decisions) {
            if (++visits > MAX_VISITS) {
                return;
            }
            if (exists) {
                double bound = bounds.overall(stepId, totals) + MARGIN;
                double best = bestScore.doubleValue();
                boolean cannotTie = bound < best - ROUNDING;
                boolean cannotBeat = bound < best + ROUNDING;
                if (cannotTie || cannotBeat && decisions + longestFrom.get(stepId) <= bestDecisions) {
                    return;
                }
            }
            for (ChoiceDefinition choice : steps.get(stepId).choices()) {
                if (choice.isCritical()) {
                    continue;
                }
                int[] after = plus(totals, effect(choice));
                String next = continuation(choice);
                if (next != null) {
                    visit(next, after, decisions + 1);
                } else {
                    consider(after, decisions + 1);
                }
            }
        }

        private void consider(int[] totals, int decisions) {
            BigDecimal overall = score(totals, weights).overall();
            int comparison = exists ? overall.compareTo(bestScore) : 1;
            if (comparison > 0 || comparison == 0 && decisions > bestDecisions) {
                exists = true;
                bestScore = overall;
                bestDecisions = decisions;
            }
        }
    }

    /** Depth-first search for one passing path, pruning branches that cannot pass even at their best. */
    private final class PassSearch {

        private final int passMark;
        private final Map<String, Integer> floors;
        private final Map<String, Integer> weights;
        private final Bounds bounds;
        private int visits;

        PassSearch(int passMark, Map<String, Integer> floors, Map<String, Integer> weights) {
            this.passMark = passMark;
            this.floors = floors;
            this.weights = weights;
            this.bounds = new Bounds(weights);
        }

        boolean visit(String stepId, int[] totals) {
            if (++visits > MAX_VISITS || bounds.overall(stepId, totals) + MARGIN < passMark - ROUNDING
                    || !passes(bound(stepId, totals))) {
                return false;
            }
            for (ChoiceDefinition choice : steps.get(stepId).choices()) {
                if (choice.isCritical()) {
                    continue;
                }
                int[] after = plus(totals, effect(choice));
                String next = continuation(choice);
                if (next != null ? visit(next, after) : passes(after)) {
                    return true;
                }
            }
            return false;
        }

        private boolean passes(int[] totals) {
            return Scoring.verdict(score(totals, weights), passMark, floors, false).passed();
        }
    }
    /** Optimistic overall scores (0-100) for the paths through a step, given the points so far. */
    private final class Bounds {

        private final double[] scale;
        private final double totalWeight;
        private final Map<String, Double> positiveFrom = new HashMap<>();

        /** Scale of competency c: its weight over its maximum, or 0 when the scenario cannot grade it. */
        Bounds(Map<String, Integer> weights) {
            scale = new double[competencies.size()];
            double total = 0;
            for (int c = 0; c < scale.length; c++) {
                int max = maxima.get(competencies.get(c));
                int weight = Math.max(0, weights.getOrDefault(competencies.get(c), 0));
                if (max > 0) {
                    scale[c] = (double) weight / max;
                    total += weight;
                }
            }
            totalWeight = total;
        }

        double overall(String stepId, int[] totals) {
            if (totalWeight == 0) {
                return 0;
            }
            int[] best = maxFrom.get(stepId);
            double eachAtBest = 0;
            double sumOfGains = positive(stepId);
            for (int c = 0; c < scale.length; c++) {
                if (scale[c] > 0) {
                    int max = maxima.get(competencies.get(c));
                    eachAtBest += scale[c] * Math.max(0, Math.min(max, totals[c] + best[c]));
                    sumOfGains += scale[c] * Math.max(0, totals[c]);
                }
            }
            return 100 * Math.min(eachAtBest, sumOfGains) / totalWeight;
        }

        /** The most weighted positive effect any remaining path adds, by DP over the graph. */
        private double positive(String stepId) {
            Double known = positiveFrom.get(stepId);
            if (known != null) {
                return known;
            }
            double most = 0;
            for (ChoiceDefinition choice : steps.get(stepId).choices()) {
                int[] effect = effect(choice);
                double gain = 0;
                for (int c = 0; c < effect.length; c++) {
                    gain += scale[c] * Math.max(0, effect[c]);
                }
                String next = continuation(choice);
                most = Math.max(most, gain + (next == null ? 0 : positive(next)));
            }
            positiveFrom.put(stepId, most);
            return most;
        }
    }
}
