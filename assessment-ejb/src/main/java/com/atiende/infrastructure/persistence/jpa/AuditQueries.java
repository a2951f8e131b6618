package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * The audit log as HR reads it: newest first, filtered by action and by who (actor or subject) and paged by key
 * (time, then id) in the database, because the log grows without end. The statement is built from the conditions the filter has, so that each
 * combination is planned with only those.
 */
@ApplicationScoped
public class AuditQueries {

    @PersistenceContext(unitName = "atiende")
    EntityManager entityManager;

    /**
     * Events newest first, optionally only of one action and/or whose actor or subject contains {@code who}: the
     * first {@code size} older than the event of this time and id, or from the newest when {@code afterOccurredAt}
     * is null.
     */
    public List<AuditEvent> page(AuditAction action, String who, Instant afterOccurredAt, long afterId, int size) {
        String after = afterOccurredAt == null ? ""
                : (where(action, who).isEmpty() ? " WHERE" : " AND")
                        + " (a.occurredAt < :at OR (a.occurredAt = :at AND a.id < :id))";
        TypedQuery<AuditEvent> query = entityManager.createQuery("SELECT a FROM AuditEvent a" + where(action, who)
                + after + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEvent.class);
        if (afterOccurredAt != null) {
            query.setParameter("at", afterOccurredAt).setParameter("id", afterId);
        }
        return bind(query, action, who).setMaxResults(size).getResultList();
    }

    public long count(AuditAction action, String who) {
        TypedQuery<Long> query = entityManager.createQuery("SELECT COUNT(a) FROM AuditEvent a" + where(action, who), Long.class);
        return bind(query, action, who).getSingleResult();
    }

    private static String where(AuditAction action, String who) {
        StringBuilder where = new StringBuilder();
        if (action != null) {
            where.append(" WHERE a.action = :action");
        }
        if (who != null && !who.isBlank()) {
            where.append(action == null ? " WHERE" : " AND").append(" (LOWER(a.actor) LIKE :who OR LOWER(a.subject) LIKE :who)");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditAction action, String who) {
        if (action != null) {
            query.setParameter("action", action);
        }
        if (who != null && !who.isBlank()) {
            query.setParameter("who", "%" + who.strip().toLowerCase() + "%");
        }
        return query;
    }
}
