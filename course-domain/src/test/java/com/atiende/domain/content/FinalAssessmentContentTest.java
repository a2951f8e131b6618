package com.atiende.domain.content;

import com.atiende.domain.course.CourseItemKind;
import org.junit.jupiter.api.Test;

import static com.atiende.domain.content.ContentFixture.COURSE;
import static com.atiende.domain.content.ProblemAssertions.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The final assessment as the content format writes it: read, checked, and part of the course's hash. */
class FinalAssessmentContentTest {

    private static final String ASSESSMENT = ContentFixture.ASSESSMENT;
    private static final String LAST_ITEM = "  - scenario: llamada\n";
    private static final String VALID = ContentFixture.FINAL_ASSESSMENT;

    private static ContentFixture withAssessment() {
        return ContentFixture.valid().withFinalAssessment();
    }

    @Test
    void readsTheBankAndItsRules() {
        ContentCatalog catalog = withAssessment().read();

        CourseDefinition course = catalog.courses().get(0);
        assertThat(course.items()).last()
                .isEqualTo(new CourseItemDefinition(CourseItemKind.FINAL_ASSESSMENT, "final"));
        FinalAssessmentDefinition assessment = course.assessment("final").orElseThrow();
        assertThat(assessment.file()).isEqualTo(ASSESSMENT);
        assertThat(assessment.questionsPerAttempt()).isEqualTo(2);
        assertThat(assessment.passMark()).isEqualTo(60);
        assertThat(assessment.attemptsAllowed()).isEqualTo(3);
        assertThat(assessment.cooldownMinutes()).isEqualTo(30);
        assertThat(assessment.questions())
                .extracting(AssessmentQuestionDefinition::id, AssessmentQuestionDefinition::lesson)
                .containsExactly(tuple("primero", "escuchar"), tuple("despues", null), tuple("al-final", "escuchar"));
        assertThat(assessment.question("despues").orElseThrow().options()).hasSize(2);
        assertThat(new ContentValidator().validate(catalog).problems()).isEmpty();
    }

    @Test
    void theAssessmentFileIsPartOfTheCourseHash() {
        String before = withAssessment().read().courses().get(0).contentHash();
        String after = withAssessment().replace(ASSESSMENT, "passMark: 60", "passMark: 70").read().courses().get(0)
                .contentHash();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void cooldownIsOptional() {
        ContentCatalog catalog = withAssessment().replace(ASSESSMENT, "cooldownMinutes: 30\n", "").read();

        assertThat(catalog.courses().get(0).assessment("final").orElseThrow().cooldownMinutes()).isZero();
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void rejectsAnAssessmentBeforeTheLastItem() {
        ValidationReport report = ContentFixture.valid().with(ASSESSMENT, VALID)
                .replace(COURSE, "  - lesson: escuchar\n", "  - assessment: final\n  - lesson: escuchar\n").validate();

        assertOnlyProblem(report.problems(), COURSE, "items[0]", "the final assessment must be the last item");
    }

    @Test
    void rejectsASecondAssessment() {
        ValidationReport report = withAssessment().with("curso/assessments/otra.yaml", VALID)
                .replace(COURSE, "  - assessment: final\n", "  - assessment: final\n  - assessment: otra\n")
                .validate();

        assertThat(report.problems()).anySatisfy(problem -> ProblemAssertions.assertProblem(problem, COURSE,
                "items[3]", "at most one final assessment"));
    }

    @Test
    void rejectsADrawLargerThanTheBank() {
        ValidationReport report = withAssessment()
                .replace(ASSESSMENT, "questionsPerAttempt: 2", "questionsPerAttempt: 4").validate();

        assertOnlyProblem(report.problems(), ASSESSMENT, "questionsPerAttempt",
                "draws 4 questions from a bank of 3");
    }

    @Test
    void rejectsAPassMarkOutOfRange() {
        ValidationReport report = withAssessment().replace(ASSESSMENT, "passMark: 60", "passMark: 0").validate();

        assertOnlyProblem(report.problems(), ASSESSMENT, "passMark", "pass mark must be 1-100, not 0");
    }

    @Test
    void rejectsAQuestionAboutALessonTheCourseDoesNotHave() {
        ValidationReport report = withAssessment()
                .replace(ASSESSMENT, "    lesson: escuchar\n    question: \"¿Y al final?\"",
                        "    lesson: preguntar\n    question: \"¿Y al final?\"")
                .validate();

        assertOnlyProblem(report.problems(), ASSESSMENT, "questions[2].lesson",
                "lesson 'preguntar' is not an item of course 'curso'");
    }

    @Test
    void rejectsARepeatedQuestionId() {
        ValidationReport report = withAssessment().replace(ASSESSMENT, "id: al-final", "id: primero").validate();

        assertOnlyProblem(report.problems(), ASSESSMENT, "questions[2]",
                "question id 'primero' is used more than once");
    }

    @Test
    void checksEachQuestionLikeASelfCheckQuestion() {
        ValidationReport report = withAssessment()
                .replace(ASSESSMENT, "      - text: \"Colgar.\"\n",
                        "      - text: \"Colgar.\"\n        correct: true\n")
                .validate();

        assertOnlyProblem(report.problems(), ASSESSMENT, "questions[1]",
                "exactly one option must be 'correct: true', not 2");
    }

    @Test
    void reportsAMissingAssessmentFile() {
        ValidationReport report = withAssessment().without(ASSESSMENT).validate();

        assertOnlyProblem(report.problems(), COURSE, "items[2]", "assessment 'final' has no file " + ASSESSMENT);
    }
}
