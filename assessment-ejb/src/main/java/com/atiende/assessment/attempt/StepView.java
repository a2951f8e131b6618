package com.atiende.assessment.attempt;

import java.io.Serializable;
import java.util.List;

/**
 * The step an attempt waits at, as the learner sees it. It holds the replies' codes and texts only: their feedback,
 * effects and next steps stay on the server until a reply is chosen.
 *
 * @param sequence          the number to send with the reply chosen for this step (from 1)
 * @param choices           the replies in the order the attempt shows them (shuffled per attempt, the same on every
 *                          reload), which is the order the page lists them in
 * @param mood              how the person feels, or null
 * @param waitedMinutes     minutes the person has already waited, or null
 * @param decisionsMade     replies chosen so far in this attempt
 * @param bestPathDecisions decisions on the scenario's best path: with {@code decisionsMade}, a progress hint
 */
public record StepView(String stepCode, int sequence, String context, String mood, Integer waitedMinutes,
                       String says, List<ChoiceOption> choices, int decisionsMade, int bestPathDecisions)
        implements Serializable {

    public StepView {
        choices = List.copyOf(choices);
    }
}
