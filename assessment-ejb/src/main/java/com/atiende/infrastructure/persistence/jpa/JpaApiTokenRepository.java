package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.learner.ApiToken;
import com.atiende.domain.learner.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** API tokens through the {@code ApiToken.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public Optional<ApiToken> find(long tokenId) {
        return Optional.ofNullable(entityManager.find(ApiToken.class, tokenId));
    }

    @Override
    public Optional<ApiToken> findByHash(String secretHash) {
        return entityManager.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    @Override
    public void store(ApiToken token) {
        entityManager.persist(token);
        entityManager.flush();
    }
}
