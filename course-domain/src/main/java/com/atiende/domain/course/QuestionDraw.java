package com.atiende.domain.course;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Draws the questions of one final-assessment attempt from the bank, and shuffles the options of each. The draw is
 * a pure function of the bank, the attempt's seed and the questions the learner saw before, so that a test can pin
 * it; the attempt stores what was drawn, so a reload shows the same questions in the same order. {@link Random} is used because its sequence is specified by the Java
 * platform: the same seed gives the same draw on every JVM.
 *
 * <p>A retake is a fresh draw: questions the learner has not seen come first, seen ones only fill what is missing.
 * Questions are spread over the lessons they check (round robin over the lessons, in an order that also depends on
 * the seed), so one long lesson cannot crowd out the others.
 */
public final class QuestionDraw {

    /** A question of the bank as the draw sees it: its id, the lesson it checks (or null) and its options. */
    public record Candidate(String id, String lesson, int options) {

        public Candidate {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A question drawn for an attempt and the order its options are shown in.
     *
     * @param optionOrder indexes of the options in the author's order, in the order the learner sees them
     */
    public record Drawn(String id, List<Integer> optionOrder) {

        public Drawn {
            optionOrder = List.copyOf(optionOrder);
        }
    }

    private QuestionDraw() {
    }

    /**
     * @param bank     every question of the assessment, in the bank's order
     * @param count    how many to draw, 1 to the bank's size
     * @param seed     the attempt's seed
     * @param seenBefore ids of questions the learner was asked in earlier attempts
     * @return the drawn questions, in the order the learner sees them
     */
    public static List<Drawn> draw(List<Candidate> bank, int count, long seed, Set<String> seenBefore) {
        if (count < 1 || count > bank.size()) {
            throw new IllegalArgumentException("cannot draw " + count + " questions from a bank of " + bank.size());
        }
        Random random = new Random(seed);
        Map<String, List<String>> unseen = new LinkedHashMap<>();
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (Candidate candidate : bank) {
            String lesson = Objects.requireNonNullElse(candidate.lesson(), "");
            unseen.computeIfAbsent(lesson, key -> new ArrayList<>());
            seen.computeIfAbsent(lesson, key -> new ArrayList<>());
            (seenBefore.contains(candidate.id()) ? seen : unseen).get(lesson).add(candidate.id());
        }
        List<String> lessons = new ArrayList<>(unseen.keySet());
        Collections.shuffle(lessons, random);
        for (String lesson : lessons) {
            Collections.shuffle(unseen.get(lesson), random);
            Collections.shuffle(seen.get(lesson), random);
        }
        List<String> drawn = new ArrayList<>(count);
        takeRoundRobin(lessons, unseen, drawn, count);
        takeRoundRobin(lessons, seen, drawn, count);
        Collections.shuffle(drawn, random);
        Map<String, Integer> optionCounts = new LinkedHashMap<>();
        bank.forEach(candidate -> optionCounts.put(candidate.id(), candidate.options()));
        List<Drawn> questions = new ArrayList<>(count);
        for (String id : drawn) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, optionCounts.get(id)).boxed().toList());
            Collections.shuffle(order, random);
            questions.add(new Drawn(id, order));
        }
        return List.copyOf(questions);
    }

    private static void takeRoundRobin(List<String> lessons, Map<String, List<String>> pools, List<String> drawn,
                                       int count) {
        int round = 0;
        boolean tookAny = true;
        while (drawn.size() < count && tookAny) {
            tookAny = false;
            for (String lesson : lessons) {
                List<String> pool = pools.get(lesson);
                if (round < pool.size() && drawn.size() < count) {
                    drawn.add(pool.get(round));
                    tookAny = true;
                }
            }
            round++;
        }
    }
}
