package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.recertification.Recertification;
import com.atiende.domain.recertification.RecertificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Recertification claims by their key, the certificate's id; joins the caller's transaction. */
@ApplicationScoped
public class JpaRecertificationRepository implements RecertificationRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public boolean isClaimed(long certificateId) {
        return entityManager.find(Recertification.class, certificateId) != null;
    }

    @Override
    public Recertification get(long certificateId) {
        return entityManager.find(Recertification.class, certificateId);
    }

    @Override
    public void store(Recertification claim) {
        // The enrolment the claim names may be new: written first, since the claim refers to it by id only, which
        // the provider does not order its inserts by.
        entityManager.flush();
        entityManager.persist(claim);
        entityManager.flush();
    }
}
