package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.learner.ApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A person's API tokens as they list them, newest first. Their scopes are read in one more statement for the whole
 * list (a batch read), not one per token.
 */
@ApplicationScoped
public class ApiTokenQueries {

    @PersistenceContext(unitName = "atiende")
    EntityManager entityManager;

    public List<ApiToken> ofOwner(long ownerId) {
        return entityManager.createNamedQuery("ApiToken.ofOwner", ApiToken.class)
                .setParameter("owner", ownerId)
                .setHint("eclipselink.batch", "t.scopes")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }
}
