package com.atiende.content;

import com.atiende.domain.content.ChoiceDefinition;
import com.atiende.domain.content.ContentCatalog;
import com.atiende.domain.content.ContentReader;
import com.atiende.domain.content.ContentSource;
import com.atiende.domain.content.ContentValidator;
import com.atiende.domain.content.CourseDefinition;
import com.atiende.domain.content.LessonDefinition;
import com.atiende.domain.content.ScenarioAnalysis;
import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.domain.content.StepDefinition;
import com.atiende.domain.content.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
