package com.atiende.assessment.catalog;

import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.learning.RulesView;
import com.atiende.domain.competency.Competency;
import com.atiende.domain.competency.CompetencyRepository;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseItem;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.Scenario;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Map<String, Competency> competenciesByCode = competenciesByCode();
        return courses.findPublished().stream()
                .map(course -> CourseSummary.of(course, competenciesByCode))
                .toList();
    }

    /**
     * A published course as someone deciding whether to take it sees it.
     *
     * @throws NotFoundException ({@code course.notFound}) when no version of the course is published
     */
    public CourseOverview overview(String courseCode) {
        Course course = courses.findPublished(courseCode)
                .orElseThrow(() -> new NotFoundException("course.notFound", courseCode));
        Map<String, Competency> competenciesByCode = competenciesByCode();
        List<CourseOverview.Item> items = course.getItems().stream().map(CatalogService::overviewItem).toList();
        return new CourseOverview(CourseSummary.of(course, competenciesByCode), items,
                RulesView.of(course, code -> Optional.ofNullable(competenciesByCode.get(code))));
    }

    private static CourseOverview.Item overviewItem(CourseItem item) {
        if (item instanceof Scenario scenario) {
            return new CourseOverview.Item(item.getKind().name(), item.getTitle(), CourseSummary.minutes(scenario),
                    scenario.getChannel(), scenario.isRequired());
        }
        if (item instanceof FinalAssessment assessment) {
            return new CourseOverview.Item(item.getKind().name(), item.getTitle(), CourseSummary.minutes(assessment),
                    null, true);
        }
        return new CourseOverview.Item(item.getKind().name(), item.getTitle(), ((Lesson) item).getMinutes(), null,
                true);
    }

    private Map<String, Competency> competenciesByCode() {
        return competencies.findAll().stream().collect(Collectors.toMap(Competency::getCode, Function.identity()));
    }
}
