package com.atiende.assessment.attempt;

import com.atiende.assessment.AssessmentException;

/**
 * The course's rules or the state of the attempt forbid the request. Keys: {@code attempt.limitReached} (argument:
 * attempts allowed), {@code attempt.coolingDown} (minutes left, the instant the wait ends),
 * {@code attempt.enrolmentCompleted}, {@code attempt.finished}, {@code attempt.expired},
 * {@code attempt.invalidChoice}.
 */
public class AttemptRefusedException extends AssessmentException {

    private static final long serialVersionUID = 1L;

    public AttemptRefusedException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
