package com.atiende.domain.course;

/**
 * Thrown when a reply is chosen that the given step does not offer: a stale page, a replayed request or a forged
 * one. The assessment layer relies on it so that no attempt ever records a choice out of its step.
 */
public class InvalidChoiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidChoiceException(String message) {
        super(message);
    }
}
