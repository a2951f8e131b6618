package com.atiende.domain.attempt;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where attempts are kept. A learner's look-ups name the learner, so that someone else's attempt is simply not
 * found. The JPA implementation uses the {@code Attempt.*} named queries.
 */
public interface AttemptRepository {

    /** The learner's attempt with this id; empty when there is none or it belongs to someone else. */
    Optional<Attempt> findOwned(long learnerId, long attemptId);

    /** The attempts at one scenario within one enrolment, by attempt number. */
    List<Attempt> findOfScenario(long enrolmentId, long scenarioId);

    /** Every attempt of an enrolment, in summary. */
    List<AttemptRecord> recordsOfEnrolment(long enrolmentId);

    /**
     * Every attempt of an enrolment, in summary, as the database holds them: unlike {@link #recordsOfEnrolment},
     * the caller's unwritten changes are not written first, so an attempt it changed appears as it was.
     */
    List<AttemptRecord> storedRecordsOfEnrolment(long enrolmentId);

    /** Every attempt of a learner, in summary, in all their enrolments. */
    List<AttemptRecord> recordsOfLearner(long learnerId);

    /** These attempts with their competency results, read together (the attempts a certificate is issued on). */
    List<Attempt> findWithResults(Collection<Long> attemptIds);

    void store(Attempt attempt);
}
