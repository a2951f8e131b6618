package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.competency.CompetencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Competencies through the {@code Competency.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaCompetencyRepository implements CompetencyRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public Optional<Competency> find(String code) {
        return entityManager.createNamedQuery("Competency.findByCode", Competency.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Competency> findAll() {
        return entityManager.createNamedQuery("Competency.findAll", Competency.class).getResultList();
    }

    @Override
    public void store(Competency competency) {
        if (competency.getId() == null) {
            entityManager.persist(competency);
        }
    }
}
