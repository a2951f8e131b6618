package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.learner.Learner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The people lists: account administration's, filtered by name, e-mail or department and paged in the database,
 * and the departments HR filters and assigns by. A page's roles are read in one more statement for the whole page
 * (a batch read), not one per person.
 */
@ApplicationScoped
public class PeopleQueries {

    @PersistenceContext(unitName = "atiende")
    EntityManager entityManager;

    /** People ordered by name, a page at a time, whose name, e-mail or department contains {@code filter}. */
    public List<Learner> page(String filter, int first, int size) {
        return entityManager.createNamedQuery("Learner.list", Learner.class)
                .setParameter("filter", like(filter))
                .setHint("eclipselink.batch", "l.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first).setMaxResults(size)
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
