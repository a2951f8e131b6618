package com.atiende.domain.attempt;

import java.time.Instant;

/**
 * A final-assessment attempt in summary, as the rules about attempts and the progress views see it.
 *
 * @param score       percentage of right answers; 0 until submitted
 * @param submittedAt null while in progress
 */
public record AssessmentAttemptRecord(Long attemptId, Long enrolmentId, int attemptNumber, AttemptStatus status,
                                      int score, Instant startedAt, Instant submittedAt) {

    public boolean passed() {
        return status == AttemptStatus.PASSED;
    }
}
