package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** People through the {@code Learner.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaLearnerRepository implements LearnerRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public Optional<Learner> find(long id) {
        return Optional.ofNullable(entityManager.find(Learner.class, id));
    }

    /** EclipseLink builds the reference without a query, the entity being woven for fetch groups in the server. */
    @Override
    public Learner reference(long id) {
        return entityManager.getReference(Learner.class, id);
    }

    @Override
    public Optional<Learner> findByEmail(String email) {
        return entityManager.createNamedQuery("Learner.findByEmail", Learner.class)
                .setParameter("email", Learner.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public long countActiveWithRole(Role role) {
        return entityManager.createNamedQuery("Learner.countWithRole", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public void store(Learner learner) {
        if (learner.getId() == null) {
            entityManager.persist(learner);
        }
    }
}
