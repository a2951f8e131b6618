package com.atiende.assessment.catalog;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.Scenario;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the catalogue shows of a published course version: enough to choose a course, nothing that needs the
 * persistence context once it has left the service.
 */
public record CourseSummary(String code, int version, String title, String summary, int minutes, int lessonCount,
                            int scenarioCount, List<CompetencyLabel> competencies) implements Serializable {

    /** Rough time for one role-play conversation: reading a line and choosing a reply takes about a minute. */
    private static final int MINUTES_PER_DECISION = 1;

    public CourseSummary {
        competencies = List.copyOf(competencies);
    }

    static CourseSummary of(Course course, Map<String, Competency> competenciesByCode) {
        int lessonMinutes = course.getLessons().stream().mapToInt(Lesson::getMinutes).sum();
        int scenarioMinutes = course.getScenarios().stream().mapToInt(CourseSummary::minutes).sum();
        int assessmentMinutes = course.finalAssessment().map(CourseSummary::minutes).orElse(0);
        List<CompetencyLabel> competencies = course.getWeights().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(weight -> CompetencyLabel.of(weight.getKey(), competenciesByCode.get(weight.getKey())))
                .toList();
        return new CourseSummary(course.getCode(), course.getVersion(), course.getTitle(), course.getSummary(),
                lessonMinutes + scenarioMinutes + assessmentMinutes, course.getLessons().size(), course.getScenarios().size(), competencies);
    }

    /** Rough time for a role-play's conversation: a minute for each decision on its best path. */
    static int minutes(Scenario scenario) {
        return scenario.getBestPathDecisions() * MINUTES_PER_DECISION;
    }

    /** Rough time for a final assessment: a minute and a half for each question drawn, rounded up. */
    static int minutes(FinalAssessment assessment) {
        return (assessment.getQuestionsPerAttempt() * 3 + 1) / 2;
    }

    /** A competency's name in both interface languages. */
    public record CompetencyLabel(String code, String nameEs, String nameEn) implements Serializable {

        static CompetencyLabel of(String code, Competency competency) {
            return competency == null
                    ? new CompetencyLabel(code, code, code)
                    : new CompetencyLabel(code, competency.getNameEs(), competency.getNameEn());
        }

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameEs;
        }
    }
}
