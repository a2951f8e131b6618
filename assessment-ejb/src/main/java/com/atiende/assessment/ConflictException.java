package com.atiende.assessment;

/**
 * The request clashes with what another request did first: a different reply to the same decision from another
 * tab ({@code attempt.answerConflict}), a page that is out of date ({@code attempt.staleStep}), or, rarely, a
 * request that kept losing races ({@code request.conflict}). Reloading shows the current state.
 */
public class ConflictException extends AssessmentException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
