package com.atiende.domain.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course folder as read: its descriptor and the lesson and scenario files its items name (each once, in item
 * order; files that do not exist are absent). Fields the reader could not read are null; lists and maps are never
 * null.
 *
 * @param folder      the folder name as listed in {@code courses.yaml}
 * @param file        the descriptor's path, {@code <folder>/course.yaml}
 * @param weights     the descriptor's {@code competencies}: weight per competency code
 * @param assessments the final assessment its items name (the validator allows one, as the last item)
 * @param contentHash SHA-256 (lower-case hex) of the course's files, see {@link ContentReader}
 */
public record CourseDefinition(String folder, String file, String code, String title, String summary,
                               String language, Map<String, Integer> weights, PassRulesDefinition passRules,
                               Integer certificateValidityMonths, List<CourseItemDefinition> items,
                               List<LessonDefinition> lessons, List<ScenarioDefinition> scenarios,
                               List<FinalAssessmentDefinition> assessments, String contentHash) {

    public CourseDefinition {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        items = List.copyOf(items);
        lessons = List.copyOf(lessons);
        scenarios = List.copyOf(scenarios);
        assessments = List.copyOf(assessments);
    }

    public Optional<LessonDefinition> lesson(String lessonId) {
        return lessons.stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
    }

    public Optional<ScenarioDefinition> scenario(String scenarioId) {
        return scenarios.stream().filter(scenario -> scenario.id().equals(scenarioId)).findFirst();
    }

    public Optional<FinalAssessmentDefinition> assessment(String assessmentId) {
        return assessments.stream().filter(assessment -> assessment.id().equals(assessmentId)).findFirst();
    }
}
