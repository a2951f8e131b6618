package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Enrolments through the {@code Enrolment.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public Optional<Enrolment> findOwned(long learnerId, long enrolmentId) {
        return entityManager.createNamedQuery("Enrolment.findOwned", Enrolment.class)
                .setParameter("id", enrolmentId)
                .setParameter("learnerId", learnerId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Enrolment> lockOwned(long learnerId, long enrolmentId) {
        return entityManager.createNamedQuery("Enrolment.findOwned", Enrolment.class)
                .setParameter("id", enrolmentId)
                .setParameter("learnerId", learnerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void guardVersion(Enrolment enrolment) {
        entityManager.lock(enrolment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public Optional<Long> findOwnedCourseId(long learnerId, long enrolmentId) {
        return entityManager.createQuery(
                        "SELECT e.course.id FROM Enrolment e WHERE e.id = :id AND e.learner.id = :learnerId", Long.class)
                .setParameter("id", enrolmentId)
                .setParameter("learnerId", learnerId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<LessonReading> findLessonReading(long learnerId, long enrolmentId, String lessonCode) {
        return entityManager.createQuery("SELECT e.course.id, r.lessonCode FROM Enrolment e"
                        + " LEFT JOIN e.lessonsRead r ON r.lessonCode = :code"
                        + " WHERE e.id = :id AND e.learner.id = :learnerId", Object[].class)
                .setParameter("id", enrolmentId)
                .setParameter("learnerId", learnerId)
                .setParameter("code", lessonCode)
                .getResultStream().findFirst()
                .map(row -> new LessonReading((Long) row[0], row[1] != null));
    }

    @Override
    public Optional<Enrolment> findActive(long learnerId, String courseCode) {
        return entityManager.createNamedQuery("Enrolment.findActive", Enrolment.class)
                .setParameter("learnerId", learnerId)
                .setParameter("courseCode", courseCode)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, Long> findOpenIdsByCourse(long learnerId) {
        return entityManager.createNamedQuery("Enrolment.openIdsByCourse", Object[].class)
                .setParameter("learnerId", learnerId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    @Override
    public List<Enrolment> findByLearner(long learnerId) {
        return entityManager.createNamedQuery("Enrolment.findByLearner", Enrolment.class)
                .setParameter("learnerId", learnerId)
                .getResultList();
    }

    @Override
    public Map<Long, Set<String>> lessonsRead(long learnerId) {
        return entityManager.createNamedQuery("Enrolment.lessonsReadByLearner", Object[].class)
                .setParameter("learnerId", learnerId)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(),
                        Collectors.mapping(row -> (String) row[1], Collectors.toSet())));
    }

    @Override
    public Optional<Enrolment> lock(long enrolmentId) {
        return Optional.ofNullable(entityManager.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void store(Enrolment enrolment) {
        if (enrolment.getId() == null) {
            entityManager.persist(enrolment);
        }
    }
}
