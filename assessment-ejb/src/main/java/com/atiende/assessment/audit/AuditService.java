package com.atiende.assessment.audit;

import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.audit.AuditEvent;
import com.atiende.domain.audit.AuditEventRepository;
import com.atiende.infrastructure.persistence.jpa.AuditQueries;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction, so an event is kept exactly when
 * what it describes is; reading is paged and filtered in the database, because the log grows without end.
 */
@Stateless
public class AuditService {

    @Inject
    private AuditEventRepository events;

    @Inject
    private AuditQueries queries;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public void record(AuditAction action, String actor, String subject, String detail, String sourceAddress) {
        events.store(new AuditEvent(clock.instant(), action, actor, subject, detail, sourceAddress));
    }

    /**
     * Records what the signed-in caller did through a service that knows them only by id (a learner finishing an
     * attempt, completing a course): the container's caller name is their e-mail, as the web layer signed them in,
     * and costs no statement, where reading the learner would cost one on the reply that finishes.
     */
    public void recordByCaller(AuditAction action, String subject, String detail) {
        record(action, session.getCallerPrincipal().getName(), subject, detail, null);
    }

    /**
     * Events newest first, optionally only of one action and/or whose actor or subject contains {@code who}: a page of
     * {@code size} after this event, or from the newest when {@code after} is null.
     */
    public List<AuditEntry> page(AuditAction action, String who, AuditEntry.Key after, int size) {
        return queries.page(action, who, after == null ? null : after.occurredAt(), after == null ? 0 : after.id(), size)
                .stream()
                .map(event -> new AuditEntry(event.getId(), event.getOccurredAt(), event.getAction(), event.getActor(),
                        event.getSubject(), event.getDetail(), event.getSourceAddress()))
                .toList();
    }

    public long count(AuditAction action, String who) {
        return queries.count(action, who);
    }
}
