package com.atiende.domain.attempt;

import java.util.List;

/** Where final-assessment attempts are kept. The JPA implementation uses the named queries of the entity. */
public interface FinalAssessmentAttemptRepository {

    /** The attempts of an enrolment, by attempt number. */
    List<FinalAssessmentAttempt> findOfEnrolment(long enrolmentId);

    /** Whether an attempt of the enrolment passed, as the database holds them. */
    boolean hasPassed(long enrolmentId);

    void store(FinalAssessmentAttempt attempt);
}
