package com.atiende.content;

import com.atiende.domain.content.AssessmentQuestionDefinition;
import com.atiende.domain.content.ChoiceDefinition;
import com.atiende.domain.content.ContentCatalog;
import com.atiende.domain.content.ContentReader;
import com.atiende.domain.content.ContentSource;
import com.atiende.domain.content.ContentValidator;
import com.atiende.domain.content.CourseDefinition;
import com.atiende.domain.content.CourseItemDefinition;
import com.atiende.domain.content.FinalAssessmentDefinition;
import com.atiende.domain.content.LessonDefinition;
import com.atiende.domain.content.ScenarioAnalysis;
import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.domain.content.StepDefinition;
import com.atiende.domain.content.ValidationReport;
import com.atiende.domain.course.CourseItemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build refuses content that would not load: the shipped courses are read from the class path exactly as the
 * application reads them at start-up and must pass the domain validator, then meet the editorial bar for the
 * shipped catalogue. Each test lists every offender at once, so one run tells an author everything to fix.
 */
class ShippedContentTest {

    private static final int MIN_WORDS = 300;
    private static final int MAX_WORDS = 900;
    private static final int MIN_DECISIONS_ON_BEST_PATH = 5;
    private static final int MIN_CHOICES_PER_DECISION = 3;
    private static final int MIN_ENDINGS = 2;
    private static final int MIN_COMPETENCIES_SCORED = 2;
    private static final int MIN_BANK = 20;
    private static final int MIN_DRAWN = 8;
    private static final int MAX_DRAWN = 12;
    private static final int MIN_QUESTIONS_PER_LESSON = 3;
    private static final int MIN_PASS_MARK = 60;

    private static ContentCatalog catalog;
    private static ValidationReport report;

    @BeforeAll
    static void readShippedContent() {
        ContentSource source = ContentSource.classpath(ShippedContentTest.class.getClassLoader(), "content/");
        catalog = new ContentReader().read(source);
        report = new ContentValidator().validate(catalog);
    }

    @Test
    void passesTheContentValidator() {
        assertThat(report.isValid())
                .withFailMessage("The shipped content has %d problem(s):%n%s", report.problems().size(),
                        report.describe())
                .isTrue();
    }

    @Test
    void shipsAFullCatalogue() {
        List<CourseDefinition> courses = catalog.courses();

        assertThat(courses).as("courses").hasSizeGreaterThanOrEqualTo(4);
        assertThat(courses.stream().mapToInt(course -> course.lessons().size()).sum()).as("lessons")
                .isGreaterThanOrEqualTo(12);
        assertThat(courses.stream().mapToInt(course -> course.scenarios().size()).sum()).as("scenarios")
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void keepsEveryLessonBetween300And900Words() {
        List<String> offenders = new ArrayList<>();
        for (CourseDefinition course : catalog.courses()) {
            for (LessonDefinition lesson : course.lessons()) {
                int words = lesson.wordCount();
                if (words < MIN_WORDS || words > MAX_WORDS) {
                    offenders.add(lesson.file() + ": " + words + " words");
                }
            }
        }

        assertThat(offenders).as("lessons outside %d-%d words", MIN_WORDS, MAX_WORDS).isEmpty();
    }

    @Test
    void givesEveryScenarioRealDecisions() {
        List<String> offenders = new ArrayList<>();
        for (CourseDefinition course : catalog.courses()) {
            for (ScenarioDefinition scenario : course.scenarios()) {
                offenders.addAll(shortcomings(course, scenario));
            }
        }

        assertThat(offenders).as("scenarios below the bar").isEmpty();
    }

    /**
     * Each shipped course closes with a final assessment that can tell who learnt it: a bank of at least
     * {@value #MIN_BANK} questions (so a retake can ask others), {@value #MIN_DRAWN} to {@value #MAX_DRAWN} drawn per
     * attempt, every lesson of the course checked by at least {@value #MIN_QUESTIONS_PER_LESSON} of them, and a pass
     * mark of {@value #MIN_PASS_MARK} to 100.
     */
    @Test
    void endsEveryCourseWithAFinalAssessmentThatCoversItsLessons() {
        List<String> offenders = new ArrayList<>();
        for (CourseDefinition course : catalog.courses()) {
            offenders.addAll(assessmentShortcomings(course));
        }

        assertThat(offenders).as("courses whose final assessment is missing or below the bar").isEmpty();
    }

    private static List<String> assessmentShortcomings(CourseDefinition course) {
        List<CourseItemDefinition> items = course.items();
        if (items.isEmpty() || items.get(items.size() - 1).kind() != CourseItemKind.FINAL_ASSESSMENT) {
            return List.of(course.file() + ": the last item is not a final assessment");
        }
        Optional<FinalAssessmentDefinition> found = course.assessment(items.get(items.size() - 1).id());
        if (found.isEmpty()) {
            return List.of(course.file() + ": the final assessment '" + items.get(items.size() - 1).id()
                    + "' could not be read");
        }
        FinalAssessmentDefinition assessment = found.get();
        List<String> shortcomings = new ArrayList<>();
        String file = assessment.file() + ": ";
        int bank = assessment.questions().size();
        if (bank < MIN_BANK) {
            shortcomings.add(file + "a bank of " + bank + " questions, not " + MIN_BANK + " or more");
        }
        Integer drawn = assessment.questionsPerAttempt();
        if (drawn == null || drawn < MIN_DRAWN || drawn > MAX_DRAWN) {
            shortcomings.add(file + "draws " + drawn + " questions per attempt, not " + MIN_DRAWN + " to "
                    + MAX_DRAWN);
        }
        Integer passMark = assessment.passMark();
        if (passMark == null || passMark < MIN_PASS_MARK || passMark > 100) {
            shortcomings.add(file + "pass mark " + passMark + ", not " + MIN_PASS_MARK + " to 100");
        }
        Map<String, Long> perLesson = assessment.questions().stream().map(AssessmentQuestionDefinition::lesson)
                .filter(Objects::nonNull).collect(Collectors.groupingBy(lesson -> lesson, Collectors.counting()));
        for (LessonDefinition lesson : course.lessons()) {
            long checks = perLesson.getOrDefault(lesson.id(), 0L);
            if (checks < MIN_QUESTIONS_PER_LESSON) {
                shortcomings.add(file + "lesson '" + lesson.id() + "' is checked by " + checks + " question(s), not "
                        + MIN_QUESTIONS_PER_LESSON + " or more");
            }
        }
        return shortcomings;
    }

    private static List<String> shortcomings(CourseDefinition course, ScenarioDefinition scenario) {
        List<String> shortcomings = new ArrayList<>();
        String file = scenario.file() + ": ";
        Optional<ScenarioAnalysis> analysis = report.analysis(course.folder(), scenario.id());
        if (analysis.isEmpty()) {
            shortcomings.add(file + "could not be analysed (see the validator's problems)");
        } else if (analysis.get().bestPathDecisions() < MIN_DECISIONS_ON_BEST_PATH) {
            shortcomings.add(file + "the best path takes " + analysis.get().bestPathDecisions() + " decisions, not "
                    + MIN_DECISIONS_ON_BEST_PATH + " or more");
        }
        for (StepDefinition step : scenario.steps()) {
            if (step.choices().size() < MIN_CHOICES_PER_DECISION) {
                shortcomings.add(file + "step '" + step.id() + "' offers " + step.choices().size() + " choices, not "
                        + MIN_CHOICES_PER_DECISION + " or more");
            }
        }
        if (scenario.endings().size() < MIN_ENDINGS) {
            shortcomings.add(file + scenario.endings().size() + " ending(s), not " + MIN_ENDINGS + " or more");
        }
        Set<String> scored = new TreeSet<>();
        scenario.steps().stream().flatMap(step -> step.choices().stream())
                .map(ChoiceDefinition::effects).forEach(effects -> scored.addAll(effects.keySet()));
        if (scored.size() < MIN_COMPETENCIES_SCORED) {
            shortcomings.add(file + "scores only " + scored + ", not " + MIN_COMPETENCIES_SCORED
                    + " competencies or more");
        }
        return shortcomings;
    }
}
