package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.learner.ApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * A person's API tokens as they list them, newest first, paged by key (creation, then id). A page's scopes are read
 * in one more statement for the whole page (a batch read), not one per token.
 */
@ApplicationScoped
public class ApiTokenQueries {

    @PersistenceContext(unitName = "atiende")
    EntityManager entityManager;

    /** The owner's first {@code size} tokens created before this one, or from the newest when {@code afterCreatedAt} is null. */
    public List<ApiToken> ofOwner(long ownerId, Instant afterCreatedAt, long afterId, int size) {
        TypedQuery<ApiToken> query = afterCreatedAt == null
                ? entityManager.createNamedQuery("ApiToken.ofOwner", ApiToken.class)
                : entityManager.createNamedQuery("ApiToken.ofOwnerAfter", ApiToken.class)
                        .setParameter("createdAt", afterCreatedAt).setParameter("id", afterId);
        return query.setParameter("owner", ownerId)
                .setHint("eclipselink.batch", "t.scopes")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(size)
                .getResultList();
    }

    public long countOfOwner(long ownerId) {
        return entityManager.createNamedQuery("ApiToken.countOfOwner", Long.class)
                .setParameter("owner", ownerId)
                .getSingleResult();
    }
}
