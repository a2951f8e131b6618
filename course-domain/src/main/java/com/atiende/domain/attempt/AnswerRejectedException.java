package com.atiende.domain.attempt;

/**
 * Thrown when an attempt refuses a reply. Nothing is recorded; the reason says what the learner should be told.
 */
public class AnswerRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a reply was refused, each with the key of the message a learner is shown. */
    public enum Reason {
        /** A different reply is already recorded for that decision, e.g. from another browser tab. */
        ALREADY_ANSWERED("attempt.answerConflict"),
        /** The reply is for a step or a decision the attempt is not at: the page is out of date. */
        NOT_CURRENT_STEP("attempt.staleStep"),
        /** The step does not offer that reply: a forged or broken request. */
        INVALID_CHOICE("attempt.invalidChoice"),
        /** The attempt has already reached an ending or a critical choice. */
        FINISHED("attempt.finished"),
        /** The attempt was left unfinished for longer than the course allows. */
        EXPIRED("attempt.expired");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public AnswerRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
