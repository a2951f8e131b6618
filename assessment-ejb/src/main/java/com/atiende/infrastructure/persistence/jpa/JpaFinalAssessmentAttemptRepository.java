package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.attempt.FinalAssessmentAttempt;
import com.atiende.domain.attempt.FinalAssessmentAttemptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Final-assessment attempts through the {@code FinalAssessmentAttempt.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaFinalAssessmentAttemptRepository implements FinalAssessmentAttemptRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public List<FinalAssessmentAttempt> findOfEnrolment(long enrolmentId) {
        return entityManager.createNamedQuery("FinalAssessmentAttempt.findOfEnrolment", FinalAssessmentAttempt.class)
                .setParameter("enrolmentId", enrolmentId)
                .getResultList();
    }

    /** As stored: the caller's unwritten changes are not flushed first (see CompletionService). */
    @Override
    public boolean hasPassed(long enrolmentId) {
        return entityManager.createNamedQuery("FinalAssessmentAttempt.countPassed", Long.class)
                .setParameter("enrolmentId", enrolmentId)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult() > 0;
    }

    @Override
    public void store(FinalAssessmentAttempt attempt) {
        entityManager.persist(attempt);
    }
}
