package com.atiende.assessment.content;

import java.io.Serializable;
import java.util.List;

/**
 * What an import changed: the course versions it published (code and new version) and the courses whose
 * content was already published unchanged.
 */
public record ImportResult(List<String> published, List<String> unchanged, List<String> newCompetencies)
        implements Serializable {

    public ImportResult {
        published = List.copyOf(published);
        unchanged = List.copyOf(unchanged);
        newCompetencies = List.copyOf(newCompetencies);
    }

    public boolean changedAnything() {
        return !published.isEmpty() || !newCompetencies.isEmpty();
    }

    @Override
    public String toString() {
        return "published " + published + ", unchanged " + unchanged + ", new competencies " + newCompetencies;
    }
}
