package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.audit.AuditEvent;
import com.atiende.domain.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Audit events written in the caller's transaction. */
@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public void store(AuditEvent event) {
        entityManager.persist(event);
    }
}
