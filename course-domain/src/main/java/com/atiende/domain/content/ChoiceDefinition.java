package com.atiende.domain.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reply on offer in a scenario step, as read. Texts the reader could not read are null; {@code next} and
 * {@code critical} are null when absent; effects are never null.
 */
public record ChoiceDefinition(String id, String reply, String feedback, Map<String, Integer> effects, String next,
                               String critical) {

    public ChoiceDefinition {
        effects = Collections.unmodifiableMap(new LinkedHashMap<>(effects));
    }

    public boolean isCritical() {
        return critical != null;
    }
}
