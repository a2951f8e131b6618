package com.atiende.domain.content;

import java.util.List;
import java.util.Optional;

/**
 * A scenario file as read. Fields the reader could not read are null; lists are never null.
 *
 * @param id        the file name without {@code .yaml}
 * @param file      path relative to the content root
 * @param channel   {@code setting.channel}
 * @param character {@code setting.character}
 * @param start     id of the first step
 */
public record ScenarioDefinition(String id, String file, String title, String summary, Boolean required,
                                 String channel, String character, String start, List<StepDefinition> steps,
                                 List<EndingDefinition> endings) {

    public ScenarioDefinition {
        steps = List.copyOf(steps);
        endings = List.copyOf(endings);
    }

    public Optional<StepDefinition> step(String stepId) {
        return steps.stream().filter(step -> stepId.equals(step.id())).findFirst();
    }

    public Optional<EndingDefinition> ending(String endingId) {
        return endings.stream().filter(ending -> endingId.equals(ending.id())).findFirst();
    }
}
