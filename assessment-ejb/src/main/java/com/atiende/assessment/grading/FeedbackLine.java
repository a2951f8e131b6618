package com.atiende.assessment.grading;

import java.io.Serializable;

/**
 * One decision of a finished attempt, replayed: what the other person said, the reply chosen and the feedback on
 * it.
 *
 * @param criticalExplanation why the reply ended the conversation as failed, or null when it did not
 */
public record FeedbackLine(int sequence, String stepCode, String says, String reply, String feedback,
                           String criticalExplanation) implements Serializable {
}
