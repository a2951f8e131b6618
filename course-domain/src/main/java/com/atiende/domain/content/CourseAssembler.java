package com.atiende.domain.content;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.course.AssessmentQuestion;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.PassRules;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.course.ScenarioEnding;
import com.atiende.domain.course.ScenarioStep;
import com.atiende.domain.course.SelfCheckOption;
import com.atiende.domain.course.SelfCheckQuestion;
import java.time.Instant;
import java.util.List;

/**
 * Turns validated definitions into new entities: a published course version with its lessons, scenarios and final
 * assessment (and each scenario's analysis), or a competency. Start-up loading and a trainer's import both go through here, so
 * content reaches the database one way only. Texts are stored without surrounding whitespace, which YAML block
 * scalars tend to add.
 */
public final class CourseAssembler {

    /**
     * Builds a published course version.
     *
     * @param definition     a course of the catalog that {@code report} validated
     * @param report         a valid report, holding the analysis of each of the course's scenarios
     * @param version        the version number, 1 or more
     * @param catalogueOrder position in the catalogue
     * @param publishedAt    when the version is published
     * @throws IllegalArgumentException when the report has problems or lacks an analysis
     */
    public Course assemble(CourseDefinition definition, ValidationReport report, int version, int catalogueOrder,
                           Instant publishedAt) {
        if (!report.isValid()) {
            throw new IllegalArgumentException("content with problems cannot be assembled:\n" + report.describe());
        }
        PassRulesDefinition rules = definition.passRules();
        Course course = new Course(definition.code(), version, clean(definition.title()), clean(definition.summary()),
                definition.language().strip(), catalogueOrder, definition.contentHash(),
                new PassRules(rules.passMark(), rules.floors(), rules.attemptsAllowed(), rules.keep(),
                        rules.cooldownMinutes(), rules.attemptExpiryDays()),
                definition.weights(), definition.certificateValidityMonths());
        for (int position = 0; position < definition.items().size(); position++) {
            CourseItemDefinition item = definition.items().get(position);
            switch (item.kind()) {
                case LESSON -> course.addLesson(lesson(course, position, definition.lesson(item.id()).orElseThrow()));
                case SCENARIO -> {
                    ScenarioDefinition scenario = definition.scenario(item.id()).orElseThrow();
                    ScenarioAnalysis analysis = report.analysis(definition.folder(), scenario.id())
                            .orElseThrow(() -> new IllegalArgumentException("the report has no analysis of scenario '"
                                    + scenario.id() + "' of course '" + definition.folder() + "'"));
                    course.addScenario(scenario(course, position, scenario, analysis));
                }
                case FINAL_ASSESSMENT -> course.addFinalAssessment(
                        assessment(course, position, definition.assessment(item.id()).orElseThrow()));
            }
        }
        course.publish(publishedAt);
        return course;
    }

    public Competency assemble(CompetencyDefinition definition) {
        return new Competency(definition.code(), clean(definition.nameEs()), clean(definition.nameEn()),
                clean(definition.descriptionEs()), clean(definition.descriptionEn()));
    }

    private Lesson lesson(Course course, int position, LessonDefinition lesson) {
        List<SelfCheckQuestion> questions = lesson.selfCheck().stream()
                .map(question -> new SelfCheckQuestion(clean(question.question()), options(question.options())))
                .toList();
        return new Lesson(course, position, lesson.id(), clean(lesson.title()), lesson.minutes(), lesson.body(),
                lesson.takeaways().stream().map(CourseAssembler::clean).toList(), questions);
    }

    private FinalAssessment assessment(Course course, int position, FinalAssessmentDefinition assessment) {
        List<AssessmentQuestion> questions = assessment.questions().stream()
                .map(question -> new AssessmentQuestion(question.id(), question.lesson(), clean(question.question()),
                        options(question.options())))
                .toList();
        return new FinalAssessment(course, position, assessment.id(), clean(assessment.title()),
                clean(assessment.instructions()), assessment.questionsPerAttempt(), assessment.passMark(),
                assessment.attemptsAllowed(), assessment.cooldownMinutes(), questions);
    }

    private static List<SelfCheckOption> options(List<SelfCheckOptionDefinition> options) {
        return options.stream()
                .map(option -> new SelfCheckOption(clean(option.text()), option.correct(), clean(option.feedback())))
                .toList();
    }

    private Scenario scenario(Course course, int position, ScenarioDefinition scenario, ScenarioAnalysis analysis) {
        List<ScenarioStep> steps = scenario.steps().stream()
                .map(step -> new ScenarioStep(step.id(), clean(step.context()), clean(step.mood()),
                        step.waitedMinutes(), clean(step.says()), step.choices().stream()
                        .map(choice -> new Choice(choice.id(), clean(choice.reply()), clean(choice.feedback()),
                                choice.effects(), choice.next(), clean(choice.critical())))
                        .toList()))
                .toList();
        List<ScenarioEnding> endings = scenario.endings().stream()
                .map(ending -> new ScenarioEnding(ending.id(), clean(ending.title()), clean(ending.outcome())))
                .toList();
        return new Scenario(course, position, scenario.id(), clean(scenario.title()), clean(scenario.summary()),
                scenario.required(), scenario.channel(), clean(scenario.character()), scenario.start(), steps,
                endings, analysis.maxPoints(), analysis.minPoints(), analysis.pathCount(),
                analysis.bestPathDecisions());
    }

    private static String clean(String text) {
        return text == null ? null : text.strip();
    }
}
