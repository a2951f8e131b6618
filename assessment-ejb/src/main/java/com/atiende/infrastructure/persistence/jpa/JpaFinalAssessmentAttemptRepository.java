package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.attempt.AssessmentAttemptRecord;
import com.atiende.domain.attempt.FinalAssessmentAttempt;
import com.atiende.domain.attempt.FinalAssessmentAttemptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Final-assessment attempts through the {@code FinalAssessmentAttempt.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaFinalAssessmentAttemptRepository implements FinalAssessmentAttemptRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public Optional<FinalAssessmentAttempt> findOwned(long learnerId, long attemptId) {
        return entityManager.createNamedQuery("FinalAssessmentAttempt.findOwned", FinalAssessmentAttempt.class)
                .setParameter("id", attemptId)
                .setParameter("learnerId", learnerId)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<FinalAssessmentAttempt> findOfEnrolment(long enrolmentId) {
        return entityManager.createNamedQuery("FinalAssessmentAttempt.findOfEnrolment", FinalAssessmentAttempt.class)
                .setParameter("enrolmentId", enrolmentId)
                .getResultList();
    }

    @Override
    public Optional<FinalAssessmentAttempt> findStoredPassed(long enrolmentId) {
        return entityManager.createNamedQuery("FinalAssessmentAttempt.findPassed", FinalAssessmentAttempt.class)
                .setParameter("enrolmentId", enrolmentId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<AssessmentAttemptRecord> recordsOfLearner(long learnerId) {
        return entityManager.createNamedQuery("FinalAssessmentAttempt.recordsOfLearner",
                        AssessmentAttemptRecord.class)
                .setParameter("learnerId", learnerId)
                .getResultList();
    }

    @Override
    public void store(FinalAssessmentAttempt attempt) {
        entityManager.persist(attempt);
    }
}
