package com.atiende.assessment;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A request the assessment layer refuses, for a reason the person should be told: the message key names the text
 * in the web layer's bundles ({@code attempt.limitReached}), the arguments fill it in. It reaches the caller as it
 * is, not wrapped, and rolls back whatever the request had done. The exception message is for logs, in English.
 */
@ApplicationException(rollback = true)
public abstract class AssessmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    protected AssessmentException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The key of the message to show, e.g. {@code attempt.limitReached}. */
    public String getMessageKey() {
        return messageKey;
    }

    /** The values the message shows, in the order its text uses them. */
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + Arrays.toString(arguments) + "]: " + getMessage();
    }
}
