package com.atiende.it.browser;

import com.atiende.domain.content.ChoiceDefinition;
import com.atiende.domain.content.ContentCatalog;
import com.atiende.domain.content.ContentReader;
import com.atiende.domain.content.ContentSource;
import com.atiende.domain.content.CourseDefinition;
import com.atiende.domain.content.FinalAssessmentDefinition;
import com.atiende.domain.content.LessonDefinition;
import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.domain.content.SelfCheckOptionDefinition;
import com.atiende.domain.content.StepDefinition;
import java.util.Comparator;
import java.util.List;

/**
 * The shipped content, read from the content jar the way the server reads it, so browser tests can play a
 * role-play well (the reply with the most points at each step) or badly (the fewest), and answer a final assessment
 * rightly or wrongly, without hard-coding it. Replies, self-check options and assessment options are shown in an
 * order of the attempt's or the enrolment's own, so tests pick them by id, value or text, never by position.
 */
final class ShippedScenarios {

    private static final ContentCatalog CATALOG = new ContentReader()
            .read(ContentSource.classpath(ShippedScenarios.class.getClassLoader(), "content/"));

    private ShippedScenarios() {
    }

    static CourseDefinition course(String code) {
        return CATALOG.course(code).orElseThrow();
    }

    static List<String> lessonTitles(String courseCode) {
        return course(courseCode).lessons().stream().map(lesson -> lesson.title().strip()).toList();
    }

    static ScenarioDefinition scenario(String courseCode, String scenarioId) {
        return course(courseCode).scenario(scenarioId).orElseThrow();
    }

    static FinalAssessmentDefinition finalAssessment(String courseCode) {
        return course(courseCode).assessments().get(0);
    }

    /** The index, in the author's order, of a final-assessment question's right option: what a radio's value is. */
    static int correctOption(String courseCode, String questionCode) {
        List<SelfCheckOptionDefinition> options = finalAssessment(courseCode).question(questionCode).orElseThrow()
                .options();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                return i;
            }
        }
        throw new IllegalStateException("question " + questionCode + " has no right option");
    }

    static String bestChoice(ScenarioDefinition scenario, String stepId) {
        return step(scenario, stepId).choices().stream().max(Comparator.comparingInt(ShippedScenarios::points))
                .orElseThrow().id();
    }

    static String worstChoice(ScenarioDefinition scenario, String stepId) {
        return step(scenario, stepId).choices().stream().min(Comparator.comparingInt(ShippedScenarios::points))
                .orElseThrow().id();
    }

    /** The ids of a step's replies, in the authored order. */
    static List<String> choices(ScenarioDefinition scenario, String stepId) {
        return step(scenario, stepId).choices().stream().map(ChoiceDefinition::id).toList();
    }

    /** What a reply's button says, as a browser reports its text (white space collapsed). */
    static String reply(ScenarioDefinition scenario, String stepId, String choiceId) {
        return visible(step(scenario, stepId).choice(choiceId).orElseThrow().reply());
    }

    /** The right option of a lesson's first self-check question, as a browser reports its text. */
    static String rightSelfCheckOption(String courseCode, String lessonTitle) {
        LessonDefinition lesson = course(courseCode).lessons().stream()
                .filter(candidate -> candidate.title().strip().equals(lessonTitle)).findFirst().orElseThrow();
        return visible(lesson.selfCheck().get(0).options().stream().filter(SelfCheckOptionDefinition::correct)
                .findFirst().orElseThrow().text());
    }

    static String nextStep(ScenarioDefinition scenario, String stepId, String choiceId) {
        return step(scenario, stepId).choice(choiceId).orElseThrow().next();
    }

    private static StepDefinition step(ScenarioDefinition scenario, String stepId) {
        return scenario.step(stepId).orElseThrow(() -> new IllegalStateException("no step " + stepId));
    }

    private static String visible(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static int points(ChoiceDefinition choice) {
        return choice.effects().values().stream().mapToInt(Integer::intValue).sum() - (choice.isCritical() ? 100 : 0);
    }
}
