package com.atiende.domain.competency;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * A skill that scenarios score, named and described in Spanish and English. Courses and scenarios refer to a
 * competency by its code, never by id, so that content files stay readable and a course version keeps its meaning
 * whatever happens to the row.
 */
@Entity
@Cacheable
@Table(name = "competency")
// Kept in EclipseLink's query cache, which drops it when a competency is added: every finished attempt is explained
// with the competencies' names, and they change only when content is published.
@NamedQuery(name = "Competency.findAll", query = "SELECT c FROM Competency c ORDER BY c.code",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = "Competency.findByCode", query = "SELECT c FROM Competency c WHERE c.code = :code")
public class Competency {

    @Id
    @SequenceGenerator(name = "competency_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name_es", nullable = false, length = 300)
    private String nameEs;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "description_es", nullable = false, length = 4000)
    private String descriptionEs;

    @Column(name = "description_en", nullable = false, length = 4000)
    private String descriptionEn;

    protected Competency() {
        // for JPA
    }

    public Competency(String code, String nameEs, String nameEn, String descriptionEs, String descriptionEn) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameEs = Objects.requireNonNull(nameEs, "nameEs");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.descriptionEs = Objects.requireNonNull(descriptionEs, "descriptionEs");
        this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEs() {
        return nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    /** The name in the given language ("es" or "en"); any other language falls back to Spanish, the content's. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameEs;
    }

    /** The description in the given language ("es" or "en"); any other language falls back to Spanish. */
    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionEs;
    }
}
