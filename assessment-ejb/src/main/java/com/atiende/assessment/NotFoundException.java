package com.atiende.assessment;

/**
 * The thing asked for does not exist for the caller. Someone else's enrolment, attempt or certificate is reported
 * exactly like one that does not exist, so that ids reveal nothing. Keys: {@code enrolment.notFound},
 * {@code attempt.notFound}, {@code certificate.notFound}, {@code course.notFound}, {@code lesson.notFound},
 * {@code scenario.notFound}, {@code learner.notFound}; argument: what was asked for.
 */
public class NotFoundException extends AssessmentException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object requested) {
        super(messageKey, messageKey + ": " + requested, requested);
    }
}
