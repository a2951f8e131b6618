package com.atiende.assessment.assignment;

import com.atiende.domain.enrolment.CourseAssignment.Outcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an order did, person by person counted by {@link Outcome}: enrolled anew, given the date while under way,
 * already due that day, or left alone holding a valid certificate.
 */
public record AssignmentOutcome(String courseTitle, Map<Outcome, Integer> counts) {

    public AssignmentOutcome {
        EnumMap<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            all.put(outcome, counts.getOrDefault(outcome, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public int count(Outcome outcome) {
        return counts.get(outcome);
    }

    /** Everyone the order named. */
    public int people() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
