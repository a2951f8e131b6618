package com.atiende.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Every seed here is fixed, so each test gives the same answer on every run: the spread over many seeds is counted,
 * not sampled.
 */
class ShuffledOrderTest {

    private static final List<String> FOUR = List.of("a", "b", "c", "d");

    @Test
    void givesTheSameOrderForTheSameSeedAndKey() {
        assertThat(ShuffledOrder.of(FOUR, 8_675_309L, "saludo"))
                .isEqualTo(ShuffledOrder.of(FOUR, 8_675_309L, "saludo"));
    }

    @Test
    void keepsTheOrdersOfAttemptsAlreadyStarted() {
        assertThat(ShuffledOrder.of(FOUR, 42L, "saludo")).as("a change here reorders every attempt in progress")
                .containsExactly("c", "d", "a", "b");
        assertThat(ShuffledOrder.of(List.of("a", "b", "c"), -7L, "problema")).containsExactly("b", "c", "a");
    }

    @Test
    void showsEveryItemOnceAndLeavesTheListAsItWas() {
        List<Integer> twelve = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        LongStream.range(0, 200).forEach(seed -> assertThat(ShuffledOrder.of(twelve, seed, "paso"))
                .containsExactlyInAnyOrderElementsOf(twelve));
        assertThat(twelve).isSorted();
    }

    @Test
    void leavesOneItemOrNoneAlone() {
        assertThat(ShuffledOrder.of(List.of("a"), 1L, "paso")).containsExactly("a");
        assertThat(ShuffledOrder.of(List.<String>of(), 1L, "paso")).isEmpty();
    }

    /**
     * Consecutive seeds, as enrolment ids are: 2,400 of them put each of four items in each position about 600 times
     * (the binomial spread is ±21); 500 would be a skew no learner should be able to notice, let alone 400.
     */
    @Test
    void putsEveryItemInEveryPositionEvenlyOverConsecutiveSeeds() {
        int[][] counts = new int[4][4];
        LongStream.rangeClosed(1, 2400).forEach(seed -> {
            List<String> order = ShuffledOrder.of(FOUR, seed, "saludo");
            for (int position = 0; position < 4; position++) {
                counts[FOUR.indexOf(order.get(position))][position]++;
            }
        });

        for (int item = 0; item < 4; item++) {
            for (int position = 0; position < 4; position++) {
                assertThat(counts[item][position]).as("%s in position %d", FOUR.get(item), position + 1)
                        .isBetween(500, 700);
            }
        }
    }

    @Test
    void reachesEveryOrderOverManySeeds() {
        Set<List<String>> orders = new HashSet<>();
        LongStream.range(0, 500).forEach(seed -> orders.add(ShuffledOrder.of(FOUR, seed, "saludo")));

        assertThat(orders).as("all 24 orders of four").hasSize(24);
    }

    @Test
    void shufflesEachStepOfOneAttemptOnItsOwn() {
        long differ = LongStream.range(0, 1000)
                .filter(seed -> !ShuffledOrder.of(FOUR, seed, "saludo").equals(ShuffledOrder.of(FOUR, seed, "cierre")))
                .count();

        assertThat(differ).as("two steps of an attempt in the same order about 1 time in 24").isBetween(930L, 980L);
    }
}
