package com.atiende.domain.content;

/**
 * A competency as read from {@code competencies.yaml}. Fields the reader could not read are null; it has
 * reported why.
 */
public record CompetencyDefinition(String code, String nameEs, String nameEn, String descriptionEs,
                                   String descriptionEn) {
}
