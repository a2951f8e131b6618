package com.atiende.assessment.attempt;

import com.atiende.assessment.grading.ResultView;
import com.atiende.domain.attempt.AttemptStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as a page shows it: the scenario's setting, and the step it waits at while in progress, or its
 * result once graded. An expired attempt has neither.
 *
 * @param status     as of now (an attempt left too long is EXPIRED)
 * @param transcript the turns answered so far, oldest first
 * @param step       the current step while IN_PROGRESS, else null
 * @param result     the explained result when PASSED or FAILED, else null
 * @param courseCompleted whether this attempt passed and its course is complete: the result then says so, and where
 *                   the certificate is
 */
public record AttemptView(long attemptId, long enrolmentId, String scenarioCode, String scenarioTitle,
                          String channel, String characterName, int attemptNumber, AttemptStatus status,
                          Instant startedAt, Instant expiresAt, List<Exchange> transcript, StepView step,
                          ResultView result, boolean courseCompleted)
        implements Serializable {

    public AttemptView {
        transcript = List.copyOf(transcript);
    }
}
