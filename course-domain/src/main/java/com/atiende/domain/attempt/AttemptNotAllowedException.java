package com.atiende.domain.attempt;

import java.util.List;

/** Thrown when the course's rules forbid starting another attempt at a scenario or at the final assessment now. */
public class AttemptNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why no attempt may start, each with the key of the message a learner is shown. */
    public enum Reason {
        /** Every attempt the course allows has been used; argument: the number allowed. */
        LIMIT_REACHED("attempt.limitReached"),
        /** The course asks for a pause between attempts; arguments: minutes to wait, and the instant it ends. */
        COOLING_DOWN("attempt.coolingDown"),
        /** Every attempt at the final assessment is used; argument: the number allowed. */
        ASSESSMENT_LIMIT_REACHED("finalAssessment.limitReached"),
        /** The final assessment asks for a pause; arguments: minutes to wait, and the instant it ends. */
        ASSESSMENT_COOLING_DOWN("finalAssessment.coolingDown"),
        /** The final assessment is passed: there is nothing to retake. */
        ASSESSMENT_PASSED("finalAssessment.alreadyPassed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    AttemptNotAllowedException(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason getReason() {
        return reason;
    }

    /** The values the message shows, in the order the reason describes. */
    public List<Object> getArguments() {
        return arguments;
    }
}
