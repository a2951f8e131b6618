package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.learner.Learner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/**
 * The people lists: account administration's, filtered by name, e-mail or department and paged by key (name, then
 * id) in the database, and the departments HR filters and assigns by. A page's roles are read in one more statement
 * for the whole page (a batch read), not one per person.
 */
@ApplicationScoped
public class PeopleQueries {

    @PersistenceContext(unitName = "atiende")
    EntityManager entityManager;

    /**
     * People ordered by name, whose name, e-mail or department contains {@code filter}: the first {@code size} after
     * the person with this name and id, or from the start when {@code afterName} is null.
     */
    public List<Learner> page(String filter, String afterName, long afterId, int size) {
        TypedQuery<Learner> query = afterName == null
                ? entityManager.createNamedQuery("Learner.list", Learner.class)
                : entityManager.createNamedQuery("Learner.listAfter", Learner.class)
                        .setParameter("name", afterName).setParameter("id", afterId);
        return query.setParameter("filter", like(filter))
                .setHint("eclipselink.batch", "l.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String filter) {
        return entityManager.createNamedQuery("Learner.count", Long.class)
                .setParameter("filter", like(filter))
                .getSingleResult();
    }

    /** The departments people belong to, alphabetically. */
    public List<String> departments() {
        return entityManager.createNamedQuery("Learner.departments", String.class).getResultList();
    }

    private static String like(String filter) {
        return filter == null || filter.isBlank() ? "%" : "%" + filter.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
