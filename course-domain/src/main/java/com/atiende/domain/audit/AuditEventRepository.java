package com.atiende.domain.audit;

/** Where audit events are written; they are read, paged and filtered, through {@code AuditQueries}. */
public interface AuditEventRepository {

    /** Keeps an event with the caller's transaction: it is kept exactly when what it describes is. */
    void store(AuditEvent event);
}
