package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.recertification.Recertification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * HR's register of certificates and the reports on it: filtered and paged by key (issue, then id) in the database,
 * since certificates only accumulate; each certificate read with its holder and course in the same statement. The register's statement is
 * built from the conditions the filter has, so that each combination is planned with only those.
 */
@ApplicationScoped
public class CertificateQueries {

    @PersistenceContext(unitName = "atiende")
    EntityManager entityManager;

    /**
     * Which certificates; a null field does not filter.
     *
     * @param courseCode   any version of this course
     * @param department   the holder's department, exactly
     * @param issuedFrom   issued at this instant or later
     * @param issuedBefore issued before this instant
     */
    public record Criteria(String courseCode, String department, Instant issuedFrom, Instant issuedBefore) {
    }

    public long count(Criteria criteria) {
        return bind(entityManager.createQuery("SELECT COUNT(c) FROM Certificate c JOIN c.learner l JOIN c.course co"
                + where(criteria), Long.class), criteria).getSingleResult();
    }

    /**
     * The certificates of the criteria, newest first: the first {@code size} issued before the one of this time and
     * id, or from the newest when {@code afterIssuedAt} is null.
     */
    public List<Certificate> page(Criteria criteria, Instant afterIssuedAt, long afterId, int size) {
        String after = afterIssuedAt == null ? "" : " AND (c.issuedAt < :at OR (c.issuedAt = :at AND c.id < :id))";
        TypedQuery<Certificate> query = entityManager.createQuery("SELECT c FROM Certificate c JOIN FETCH c.learner l"
                + " JOIN FETCH c.course co" + where(criteria) + after + " ORDER BY c.issuedAt DESC, c.id DESC",
                Certificate.class);
        if (afterIssuedAt != null) {
            query.setParameter("at", afterIssuedAt).setParameter("id", afterId);
        }
        return bind(query, criteria).setMaxResults(size).getResultList();
    }

    /** The certificate with this id, with its holder and course, to draw it. */
    public Optional<Certificate> withHolderAndCourse(long certificateId) {
        return entityManager.createQuery("SELECT c FROM Certificate c JOIN FETCH c.learner JOIN FETCH c.course"
                        + " WHERE c.id = :id", Certificate.class)
                .setParameter("id", certificateId)
                .getResultStream().findFirst();
    }

    /**
     * The valid certificates that expire after {@code now} and by {@code horizon}, soonest first, at most
     * {@code limit}: each learner's latest of each course, since an older one has been renewed already.
     */
    public List<Certificate> expiring(Instant now, Instant horizon, int limit) {
        return entityManager.createQuery("SELECT c FROM Certificate c JOIN FETCH c.learner l"
                        + " JOIN FETCH c.course co WHERE c.status = :valid AND c.expiresAt > :now"
                        + " AND c.expiresAt <= :horizon AND NOT EXISTS (SELECT n FROM Certificate n"
                        + " WHERE n.learner = c.learner AND n.course.code = co.code AND n.issuedAt > c.issuedAt)"
                        + " ORDER BY c.expiresAt, c.id", Certificate.class)
                .setParameter("valid", CertificateStatus.VALID)
                .setParameter("now", now)
                .setParameter("horizon", horizon)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The recertifications of these certificates. */
    public List<Recertification> recertificationsOf(List<Long> certificateIds) {
        return certificateIds.isEmpty() ? List.of()
                : entityManager.createNamedQuery("Recertification.findByCertificates", Recertification.class)
                .setParameter("certificateIds", certificateIds)
                .getResultList();
    }

    private static String where(Criteria criteria) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (criteria.courseCode() != null) {
            where.append(" AND co.code = :course");
        }
        if (criteria.department() != null) {
            where.append(" AND l.department = :department");
        }
        if (criteria.issuedFrom() != null) {
            where.append(" AND c.issuedAt >= :from");
        }
        if (criteria.issuedBefore() != null) {
            where.append(" AND c.issuedAt < :until");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Criteria criteria) {
        if (criteria.courseCode() != null) {
            query.setParameter("course", criteria.courseCode());
        }
        if (criteria.department() != null) {
            query.setParameter("department", criteria.department());
        }
        if (criteria.issuedFrom() != null) {
            query.setParameter("from", criteria.issuedFrom());
        }
        if (criteria.issuedBefore() != null) {
            query.setParameter("until", criteria.issuedBefore());
        }
        return query;
    }
}
