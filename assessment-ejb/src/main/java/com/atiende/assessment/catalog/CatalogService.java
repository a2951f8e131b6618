package com.atiende.assessment.catalog;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.competency.CompetencyRepository;
import com.atiende.domain.course.CourseRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The published courses as the catalogue and the home page list them. */
@Stateless
public class CatalogService {

    @Inject
    private CourseRepository courses;

    @Inject
    private CompetencyRepository competencies;

    public List<CourseSummary> publishedCourses() {
        Map<String, Competency> competenciesByCode = competencies.findAll().stream()
                .collect(Collectors.toMap(Competency::getCode, Function.identity()));
        return courses.findPublished().stream()
                .map(course -> CourseSummary.of(course, competenciesByCode))
                .toList();
    }
}
