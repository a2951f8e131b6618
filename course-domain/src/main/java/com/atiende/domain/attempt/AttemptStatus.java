package com.atiende.domain.attempt;

/**
 * Where an attempt stands. An attempt in progress past its expiry is {@link #EXPIRED} whatever its stored status
 * says ({@link Attempt#statusAt}); the status is stored as expired once a new attempt replaces it.
 */
public enum AttemptStatus {
    IN_PROGRESS,
    PASSED,
    FAILED,
    EXPIRED;

    /** Whether the attempt was graded: it reached an ending or a critical choice. */
    public boolean isGraded() {
        return this == PASSED || this == FAILED;
    }
}
