package com.atiende.assessment.attempt;

import com.atiende.assessment.grading.ResultView;
import java.io.Serializable;

/**
 * What choosing a reply led to: the feedback on it, then either the next step or, when the reply ended the
 * conversation, the result. A repeated request gets the same outcome as the first.
 *
 * @param criticalExplanation why the reply failed the attempt outright, or null
 * @param next                the step that follows, or null when the attempt finished
 * @param result              the explained result when the attempt finished, else null
 */
public record ChoiceOutcome(long attemptId, int sequence, String reply, String feedback, String criticalExplanation,
                            StepView next, ResultView result) implements Serializable {

    public boolean finished() {
        return result != null;
    }
}
