package com.atiende.domain.learner;

import java.util.Optional;

/** Where people are kept; the JPA implementation lives in the infrastructure layer. */
public interface LearnerRepository {

    Optional<Learner> find(long id);

    /**
     * The person with this id, to link to (a certificate's holder) without reading their row: the fields are read
     * only if used. The id must be one read from the database, such as an enrolment's.
     */
    Learner reference(long id);

    Optional<Learner> findByEmail(String email);

    /** How many active people hold {@code role}: start-up uses it to know whether an administrator exists. */
    long countActiveWithRole(Role role);

    void store(Learner learner);
}
