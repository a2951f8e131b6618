package com.atiende.domain.course;

import com.atiende.domain.course.QuestionDraw.Candidate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionDrawTest {

    /** Twenty questions: twelve on lesson "a", six on "b", two on none. */
    private static final List<Candidate> BANK = IntStream.range(0, 20)
            .mapToObj(i -> new Candidate("q" + i, i < 12 ? "a" : i < 18 ? "b" : null, 3 + i % 2)).toList();

    private static List<String> ids(List<QuestionDraw.Drawn> drawn) {
        return drawn.stream().map(QuestionDraw.Drawn::id).toList();
    }

    @Test
    void drawsTheAskedNumberOfDistinctQuestionsFromTheBank() {
        List<String> drawn = ids(QuestionDraw.draw(BANK, 10, 42L, Set.of()));

        assertThat(drawn).hasSize(10).doesNotHaveDuplicates()
                .allMatch(id -> BANK.stream().anyMatch(candidate -> candidate.id().equals(id)));
    }

    @Test
    void theSameSeedGivesTheSameQuestionsInTheSameOrder() {
        assertThat(QuestionDraw.draw(BANK, 10, 7L, Set.of("q1")))
                .isEqualTo(QuestionDraw.draw(BANK, 10, 7L, Set.of("q1")));
    }

    @Test
    void theDrawIsFixedByTheSeedAcrossJvms() {
        // java.util.Random's sequence is part of the platform's specification; this pins it so that a change of
        // algorithm (which would change every stored attempt's questions) cannot pass unnoticed.
        assertThat(ids(QuestionDraw.draw(BANK, 4, 1L, Set.of()))).containsExactly("q14", "q16", "q2", "q18");
    }

    @Test
    void spreadsTheQuestionsOverTheLessons() {
        for (long seed = 0; seed < 50; seed++) {
            Map<String, Integer> perLesson = new HashMap<>();
            for (String id : ids(QuestionDraw.draw(BANK, 9, seed, Set.of()))) {
                String lesson = BANK.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().lesson();
                perLesson.merge(String.valueOf(lesson), 1, Integer::sum);
            }
            // Three groups (a, b, none): round robin gives 4/3/2 at most, never 9 from lesson "a".
            assertThat(perLesson.get("null")).as("seed %d", seed).isEqualTo(2);
            assertThat(perLesson.get("a")).as("seed %d", seed).isBetween(3, 4);
            assertThat(perLesson.get("b")).as("seed %d", seed).isBetween(3, 4);
        }
    }

    @Test
    void aRetakeAsksUnseenQuestionsFirst() {
        List<String> first = ids(QuestionDraw.draw(BANK, 10, 1L, Set.of()));
        List<String> retake = ids(QuestionDraw.draw(BANK, 10, 2L, new HashSet<>(first)));

        assertThat(retake).doesNotContainAnyElementsOf(first);
    }

    @Test
    void aRetakeFillsWithSeenQuestionsOnlyWhenTheUnseenRunOut() {
        List<String> first = ids(QuestionDraw.draw(BANK, 15, 1L, Set.of()));
        List<String> retake = ids(QuestionDraw.draw(BANK, 10, 2L, new HashSet<>(first)));

        assertThat(retake).hasSize(10).containsAll(BANK.stream().map(Candidate::id)
                .filter(id -> !first.contains(id)).toList());
    }

    @Test
    void everyQuestionAndEveryPositionComesUpOverManyAttempts() {
        Set<String> asked = new HashSet<>();
        Map<String, Set<Integer>> positions = new HashMap<>();
        for (long seed = 0; seed < 400; seed++) {
            List<String> drawn = ids(QuestionDraw.draw(BANK, 10, seed, Set.of()));
            asked.addAll(drawn);
            for (int position = 0; position < drawn.size(); position++) {
                positions.computeIfAbsent(drawn.get(position), id -> new HashSet<>()).add(position);
            }
        }

        assertThat(asked).hasSize(20);
        assertThat(positions.values()).allSatisfy(seen -> assertThat(seen).hasSize(10));
    }

    @Test
    void differentSeedsGiveDifferentDraws() {
        List<List<String>> draws = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            draws.add(ids(QuestionDraw.draw(BANK, 10, seed, Set.of())));
        }

        assertThat(new HashSet<>(draws)).hasSizeGreaterThan(15);
    }

    @Test
    void showsEveryOptionOfADrawnQuestionOnceInAnOrderThatVaries() {
        Map<String, Set<List<Integer>>> orders = new HashMap<>();
        for (long seed = 0; seed < 200; seed++) {
            for (QuestionDraw.Drawn drawn : QuestionDraw.draw(BANK, 10, seed, Set.of())) {
                int options = BANK.stream().filter(c -> c.id().equals(drawn.id())).findFirst().orElseThrow().options();
                assertThat(drawn.optionOrder()).containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, options).boxed().toList());
                orders.computeIfAbsent(drawn.id(), id -> new HashSet<>()).add(drawn.optionOrder());
            }
        }

        // Three options have 6 orders, four have 24: over 200 draws each question shows several of them.
        assertThat(orders.values()).allSatisfy(seen -> assertThat(seen).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void refusesToDrawMoreThanTheBankHolds() {
        assertThatThrownBy(() -> ids(QuestionDraw.draw(BANK, 21, 1L, Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21 questions from a bank of 20");
    }
}
