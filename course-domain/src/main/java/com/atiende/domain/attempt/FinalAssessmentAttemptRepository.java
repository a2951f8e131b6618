package com.atiende.domain.attempt;

import java.util.List;
import java.util.Optional;

/**
 * Where final-assessment attempts are kept. A learner's look-ups name the learner, so that someone else's attempt is
 * simply not found. The JPA implementation uses the {@code FinalAssessmentAttempt.*} named queries.
 */
public interface FinalAssessmentAttemptRepository {

    /** The learner's attempt with this id; empty when there is none or it belongs to someone else. */
    Optional<FinalAssessmentAttempt> findOwned(long learnerId, long attemptId);

    /** The attempts of an enrolment, by attempt number. */
    List<FinalAssessmentAttempt> findOfEnrolment(long enrolmentId);

    /**
     * The enrolment's attempt that passed, as the database holds it: the caller's unwritten changes are not written
     * first (see CompletionService).
     */
    Optional<FinalAssessmentAttempt> findStoredPassed(long enrolmentId);

    /** Every final-assessment attempt of a learner, in summary, in all their enrolments. */
    List<AssessmentAttemptRecord> recordsOfLearner(long learnerId);

    void store(FinalAssessmentAttempt attempt);
}
