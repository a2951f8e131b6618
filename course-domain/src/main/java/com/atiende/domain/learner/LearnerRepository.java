package com.atiende.domain.learner;

import java.util.Optional;

/** Where people are kept; the JPA implementation lives in the infrastructure layer. */
public interface LearnerRepository {

    Optional<Learner> find(long id);

    Optional<Learner> findByEmail(String email);

    /** How many active people hold {@code role}: start-up uses it to know whether an administrator exists. */
    long countActiveWithRole(Role role);

    void store(Learner learner);
}
