package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.certificate.CertificateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The list the recertification run works through, by the {@code Recertification.dueCertificates} named query: ids
 * only, since each certificate is then read again, locked, by its claim. Joins the caller's transaction.
 */
@ApplicationScoped
public class RecertificationQueries {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    /**
     * The certificates due for recertification and not claimed yet, soonest expiry first: valid (or already
     * expired), of an active learner, expiring before {@code horizon}, and the learner's latest for the course.
     */
    public List<Long> due(Instant horizon, int limit) {
        return entityManager.createNamedQuery("Recertification.dueCertificates", Object[].class)
                .setParameter("valid", CertificateStatus.VALID)
                .setParameter("horizon", horizon)
                .setMaxResults(limit)
                .getResultStream()
                .filter(row -> Boolean.TRUE.equals(row[1]))
                .map(row -> (Long) row[0])
                .toList();
    }
}
