package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.credential.IssuerKey;
import com.atiende.domain.credential.IssuerKeyRepository;
import com.atiende.domain.credential.RetiredIssuerKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The issuer's keys, current and retired; joins the caller's transaction. */
@ApplicationScoped
public class JpaIssuerKeyRepository implements IssuerKeyRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public Optional<IssuerKey> find(String purpose) {
        return Optional.ofNullable(entityManager.find(IssuerKey.class, purpose));
    }

    @Override
    public void store(IssuerKey key) {
        entityManager.persist(key);
    }

    @Override
    public List<RetiredIssuerKey> retired(String purpose) {
        return entityManager.createNamedQuery("RetiredIssuerKey.findByPurpose", RetiredIssuerKey.class)
                .setParameter("purpose", purpose)
                .getResultList();
    }

    @Override
    public void store(RetiredIssuerKey key) {
        entityManager.persist(key);
    }
}
