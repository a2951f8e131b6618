package com.atiende.assessment.audit;

import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction, so an event is kept exactly when
 * what it describes is; reading is paged and filtered in the database, because the log grows without end.
 */
@Stateless
public class AuditService {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    public void record(AuditAction action, String actor, String subject, String detail, String sourceAddress) {
        entityManager.persist(new AuditEvent(clock.instant(), action, actor, subject, detail, sourceAddress));
    }

    /** Events newest first, optionally only of one action and/or whose actor or subject contains {@code who}. */
    public List<AuditEntry> page(AuditAction action, String who, int first, int size) {
        TypedQuery<AuditEvent> query = entityManager.createQuery(
                "SELECT a FROM AuditEvent a" + where(action, who) + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEvent.class);
        bind(query, action, who);
        return query.setFirstResult(first).setMaxResults(size).getResultStream()
                .map(event -> new AuditEntry(event.getId(), event.getOccurredAt(), event.getAction(), event.getActor(),
                        event.getSubject(), event.getDetail(), event.getSourceAddress()))
                .toList();
    }

    public long count(AuditAction action, String who) {
        TypedQuery<Long> query = entityManager.createQuery("SELECT COUNT(a) FROM AuditEvent a" + where(action, who), Long.class);
        bind(query, action, who);
        return query.getSingleResult();
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

    private static void bind(TypedQuery<?> query, AuditAction action, String who) {
        if (action != null) {
            query.setParameter("action", action);
        }
        if (who != null && !who.isBlank()) {
            query.setParameter("who", "%" + who.strip().toLowerCase() + "%");
        }
    }
}
