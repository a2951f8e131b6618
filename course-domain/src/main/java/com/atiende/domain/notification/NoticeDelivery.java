package com.atiende.domain.notification;

import java.util.Objects;

/**
 * What became of a once-only notice (a recertification, a due-date reminder): whoever claimed it records the outcome
 * once the message was handed to the mail server, or not. Only the first outcome counts: a notice is never sent
 * twice, so there is nothing to overwrite.
 */
public enum NoticeDelivery {
    /** Claimed; the message has not been handed to the mail server yet. */
    PENDING,
    SENT,
    /** The mail server refused or could not be reached; logged, not retried. */
    FAILED,
    /** No SMTP server is configured. */
    NOT_CONFIGURED,
    /** There was nothing to tell (a recertification whose course is no longer published). */
    NOT_NEEDED;

    /**
     * The outcome that follows this one when the claimer reports {@code result}.
     *
     * @throws IllegalStateException    when the outcome was already recorded
     * @throws IllegalArgumentException when {@code result} is no outcome ({@code PENDING})
     */
    public NoticeDelivery settledAs(NoticeDelivery result) {
        if (this != PENDING) {
            throw new IllegalStateException("the notice was already " + this);
        }
        if (Objects.requireNonNull(result, "result") == PENDING) {
            throw new IllegalArgumentException("PENDING is no outcome");
        }
        return result;
    }
}
