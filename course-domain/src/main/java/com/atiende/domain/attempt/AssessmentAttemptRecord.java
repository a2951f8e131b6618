package com.atiende.domain.attempt;

import java.time.Instant;
import java.util.List;

/**
 * A final-assessment attempt in summary, as the rules about attempts see it.
 *
 * @param score         percentage of right answers; 0 until submitted
 * @param submittedAt   null while in progress
 * @param questionCodes the questions drawn for it, which a retake avoids while the bank has others
 */
public record AssessmentAttemptRecord(Long attemptId, int attemptNumber, AttemptStatus status, int score,
                                      Instant startedAt, Instant submittedAt, List<String> questionCodes) {

    public AssessmentAttemptRecord {
        questionCodes = List.copyOf(questionCodes);
    }
}
