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
}
