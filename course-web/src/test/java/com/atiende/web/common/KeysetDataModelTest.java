package com.atiende.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetDataModelTest {

    /** The numbers 1 to {@code rows}, listed in order; a number is its own key. Notes every page it is asked for. */
    private static final class Numbers extends KeysetDataModel<Integer, Integer> {

        private static final long serialVersionUID = 1L;

        private final List<Integer> rows;
        private final List<Integer> asked = new ArrayList<>();

        Numbers(int rows) {
            this.rows = new ArrayList<>(IntStream.rangeClosed(1, rows).boxed().toList());
        }

        @Override
        protected long total() {
            return rows.size();
        }

        @Override
        protected List<Integer> page(Integer after, int size) {
            asked.add(after);
            return rows.stream().filter(row -> after == null || row > after).limit(size).toList();
        }

        @Override
        protected Integer keyOf(Integer row) {
            return row;
        }
    }

    private static List<Integer> load(Numbers model, int first) {
        return model.load(first, 10, Map.of(), Map.of());
    }

    @Test
    void readsEachPageAfterTheLastRowOfThePageBefore() {
        Numbers model = new Numbers(25);

        List<Integer> first = load(model, 0);
        List<Integer> second = load(model, 10);
        List<Integer> third = load(model, 20);

        assertThat(first).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(second).startsWith(11).endsWith(20);
        assertThat(third).containsExactly(21, 22, 23, 24, 25);
        assertThat(model.asked).containsExactly(null, 10, 20);
        assertThat(model.count(Map.of())).isEqualTo(25);
    }

    @Test
    void goesBackToAPageShownByTheKeyItStartedAfter() {
        Numbers model = new Numbers(25);
        load(model, 0);
        load(model, 10);
        load(model, 20);
        model.asked.clear();

        List<Integer> back = load(model, 10);
        List<Integer> toTheFirst = load(model, 0);

        assertThat(back).startsWith(11).endsWith(20);
        assertThat(toTheFirst).startsWith(1).endsWith(10);
        assertThat(model.asked).as("one read a page").containsExactly(10, null);
    }

    @Test
    void walksForwardToAPageNotShownYet() {
        Numbers model = new Numbers(45);

        List<Integer> fourth = load(model, 30);

        assertThat(fourth).startsWith(31).endsWith(40);
        assertThat(model.asked).containsExactly(null, 10, 20, 30);
    }

    @Test
    void walksNoFurtherThanItsLimitAndAnswersNothingBeyond() {
        Numbers model = new Numbers(1_000);

        List<Integer> farAway = load(model, 10 * (KeysetDataModel.MAX_WALK + 1));
        List<Integer> pastTheEnd = new Numbers(15).load(30, 10, Map.of(), Map.of());

        assertThat(farAway).isEmpty();
        assertThat(model.asked).isEmpty();
        assertThat(pastTheEnd).isEmpty();
    }

    @Test
    void startsAgainFromTheBeginningWhenRestarted() {
        Numbers model = new Numbers(25);
        load(model, 0);
        load(model, 10);
        model.rows.removeIf(row -> row % 2 == 0);
        model.restart();
        model.asked.clear();

        List<Integer> second = load(model, 10);

        assertThat(second).as("the second page of what the list holds now").containsExactly(21, 23, 25);
        assertThat(model.asked).containsExactly(null, 19);
    }

    @Test
    void forgetsTheLaterPagesWhenAPageNowEndsElsewhere() {
        Numbers model = new Numbers(35);
        load(model, 0);
        load(model, 10);
        load(model, 20);
        model.rows.remove(Integer.valueOf(5));
        model.asked.clear();

        load(model, 0);
        List<Integer> third = load(model, 20);

        assertThat(third).startsWith(22).endsWith(31);
        assertThat(model.asked).containsExactly(null, 11, 21);
    }

    @Test
    void startsAgainWhenThePageSizeChanges() {
        Numbers model = new Numbers(25);
        load(model, 0);
        load(model, 10);
        model.asked.clear();

        List<Integer> second = model.load(5, 5, Map.of(), Map.of());

        assertThat(second).containsExactly(6, 7, 8, 9, 10);
        assertThat(model.asked).containsExactly(null, 5);
    }
}
