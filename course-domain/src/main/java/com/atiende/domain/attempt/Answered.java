package com.atiende.domain.attempt;

/**
 * What {@link Attempt#answer} did with a reply.
 *
 * @param answer   the answer recorded for the decision, now or earlier
 * @param repeated whether the same reply had already been recorded (a double click, a retried request), in which
 *                 case nothing changed
 */
public record Answered(AttemptAnswer answer, boolean repeated) {
}
