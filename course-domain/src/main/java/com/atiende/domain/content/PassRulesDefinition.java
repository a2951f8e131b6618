package com.atiende.domain.content;

import com.atiende.domain.course.AttemptKept;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code passRules} of a course descriptor as read. Numbers and {@code keep} the reader could not read are
 * null; it has reported why. Floors are optional and never null.
 */
public record PassRulesDefinition(Integer passMark, Map<String, Integer> floors, Integer attemptsAllowed,
                                  AttemptKept keep, Integer cooldownMinutes, Integer attemptExpiryDays) {

    public PassRulesDefinition {
        floors = Collections.unmodifiableMap(new LinkedHashMap<>(floors));
    }
}
