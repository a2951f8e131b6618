package com.atiende.domain.content;

import java.util.List;
import java.util.Optional;

/**
 * A step of a scenario as read. Texts the reader could not read are null; {@code mood} and {@code waitedMinutes}
 * are null when absent; choices are never null.
 */
public record StepDefinition(String id, String context, String mood, Integer waitedMinutes, String says,
                             List<ChoiceDefinition> choices) {

    public StepDefinition {
        choices = List.copyOf(choices);
    }

    public Optional<ChoiceDefinition> choice(String choiceId) {
        return choices.stream().filter(choice -> choiceId.equals(choice.id())).findFirst();
    }
}
