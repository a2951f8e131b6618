package com.atiende.assessment.audit;

import com.atiende.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.Instant;

/**
 * An audit event as the audit page lists it.
 *
 * @param detail as stored ({@link AuditDetail}), for the page to say in the reader's language
 */
public record AuditEntry(long id, Instant occurredAt, AuditAction action, String actor, String subject, String detail,
                         String sourceAddress) implements Serializable {

    /** Where this event stands in the log, newest first: the next page starts after it. */
    public Key key() {
        return new Key(occurredAt, id);
    }

    /** A position in the log: when the event occurred, and the id among events of that instant. */
    public record Key(Instant occurredAt, long id) implements Serializable {
    }
}
