package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.AttemptRecord;
import com.atiende.domain.attempt.AttemptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Attempts through the {@code Attempt.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaAttemptRepository implements AttemptRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    /**
     * A list, not {@code getResultStream()}: over this query's fetch join EclipseLink's stream left the reply's
     * transaction unfinished when the player answered (the EJB container refused it, a 500 in the browser).
     */
    @Override
    public Optional<Attempt> findOwned(long learnerId, long attemptId) {
        return entityManager.createNamedQuery("Attempt.findOwned", Attempt.class)
                .setParameter("id", attemptId)
                .setParameter("learnerId", learnerId)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<Attempt> findOfScenario(long enrolmentId, long scenarioId) {
        return entityManager.createNamedQuery("Attempt.findOfScenario", Attempt.class)
                .setParameter("enrolmentId", enrolmentId)
                .setParameter("scenarioId", scenarioId)
                .getResultList();
    }

    @Override
    public List<AttemptRecord> recordsOfEnrolment(long enrolmentId) {
        return entityManager.createNamedQuery("Attempt.recordsOfEnrolment", AttemptRecord.class)
                .setParameter("enrolmentId", enrolmentId)
                .getResultList();
    }

    @Override
    public List<AttemptRecord> storedRecordsOfEnrolment(long enrolmentId) {
        return entityManager.createNamedQuery("Attempt.recordsOfEnrolment", AttemptRecord.class)
                .setParameter("enrolmentId", enrolmentId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    @Override
    public List<AttemptRecord> recordsOfLearner(long learnerId) {
        return entityManager.createNamedQuery("Attempt.recordsOfLearner", AttemptRecord.class)
                .setParameter("learnerId", learnerId)
                .getResultList();
    }

    @Override
    public List<Attempt> findWithResults(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createNamedQuery("Attempt.findWithResults", Attempt.class)
                .setParameter("ids", attemptIds)
                .getResultList();
    }

    @Override
    public void store(Attempt attempt) {
        if (attempt.getId() == null) {
            entityManager.persist(attempt);
        }
    }
}
