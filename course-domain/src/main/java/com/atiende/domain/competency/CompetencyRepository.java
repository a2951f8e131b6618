package com.atiende.domain.competency;

import java.util.List;
import java.util.Optional;

/**
 * Where competencies are kept. The domain states what it needs; the JPA implementation lives in the infrastructure
 * layer and uses the {@code Competency.*} named queries.
 */
public interface CompetencyRepository {

    Optional<Competency> find(String code);

    /** All competencies, ordered by code. */
    List<Competency> findAll();

    void store(Competency competency);
}
