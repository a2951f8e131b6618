package com.atiende.domain.content;

import java.util.List;

/** A self-check question of a lesson as read; a question the reader could not read is null. */
public record SelfCheckDefinition(String question, List<SelfCheckOptionDefinition> options) {

    public SelfCheckDefinition {
        options = List.copyOf(options);
    }
}
