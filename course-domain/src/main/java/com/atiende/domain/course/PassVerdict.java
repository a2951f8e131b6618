package com.atiende.domain.course;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Whether a scored path passes a scenario and, when it does not, every reason why: a learner is told all of them
 * at once, not the first one found.
 *
 * @param belowPassMark  the overall score is below the course's pass mark
 * @param missedFloors   codes of the competencies whose score is below their floor, ordered by code
 * @param criticalChoice a critical choice was taken, which fails the scenario whatever the scores
 */
public record PassVerdict(boolean belowPassMark, SortedSet<String> missedFloors, boolean criticalChoice) {

    public PassVerdict {
        missedFloors = Collections.unmodifiableSortedSet(new TreeSet<>(missedFloors));
    }

    public boolean passed() {
        return !belowPassMark && missedFloors.isEmpty() && !criticalChoice;
    }
}
