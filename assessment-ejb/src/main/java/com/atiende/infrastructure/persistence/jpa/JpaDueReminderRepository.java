package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.enrolment.DueReminder;
import com.atiende.domain.enrolment.DueReminderRepository;
import com.atiende.domain.enrolment.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Due-date reminder claims through the {@code DueReminder.findClaim} named query; joins the caller's transaction. */
@ApplicationScoped
public class JpaDueReminderRepository implements DueReminderRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public boolean isClaimed(Enrolment enrolment, DueReminder.Kind kind) {
        return !entityManager.createNamedQuery("DueReminder.findClaim", Long.class)
                .setParameter("enrolmentId", enrolment.getId())
                .setParameter("kind", kind)
                .setParameter("dueAt", enrolment.getDueAt())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public DueReminder get(long reminderId) {
        return entityManager.find(DueReminder.class, reminderId);
    }

    @Override
    public void store(DueReminder claim) {
        entityManager.persist(claim);
        // The id comes with the insert; a concurrent claim of the same reminder fails here, inside the claim.
        entityManager.flush();
    }
}
