package com.atiende.domain.content;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one content source: the competencies, the courses in catalogue order, and the problems met
 * while reading. A catalog with reading problems is still returned whole, so that validation can add its own
 * findings and a trainer sees every problem at once.
 */
public record ContentCatalog(List<CompetencyDefinition> competencies, List<CourseDefinition> courses,
                             List<ContentProblem> problems) {

    public ContentCatalog {
        competencies = List.copyOf(competencies);
        courses = List.copyOf(courses);
        problems = List.copyOf(problems);
    }

    public Optional<CompetencyDefinition> competency(String code) {
        return competencies.stream().filter(competency -> code.equals(competency.code())).findFirst();
    }

    public Optional<CourseDefinition> course(String code) {
        return courses.stream().filter(course -> code.equals(course.code())).findFirst();
    }
}
