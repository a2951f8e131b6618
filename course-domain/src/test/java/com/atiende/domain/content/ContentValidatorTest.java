package com.atiende.domain.content;


import org.junit.jupiter.api.Test;

import static com.atiende.domain.content.ContentFixture.COURSE;
import static com.atiende.domain.content.ContentFixture.LESSON;
import static com.atiende.domain.content.ContentFixture.SCENARIO;
import static com.atiende.domain.content.ProblemAssertions.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ContentValidatorTest {

    private static final String EXTRA_ENDING = """
            endings:
              - id: abandono
                title: "Abandono"
                outcome: "Nadie contesta."
            """;

    @Test
    void acceptsValidContentAndAnalysesItsScenario() {
        ValidationReport report = ContentFixture.valid().validate();

        assertThat(report.isValid()).as(report.describe()).isTrue();
        assertThat(report.analysis("curso", "llamada")).hasValueSatisfying(analysis -> {
            assertThat(analysis.pathCount()).isEqualTo(5);
            assertThat(analysis.bestPathDecisions()).isEqualTo(2);
        });
    }

    @Test
    void rejectsMalformedChoiceId() {
        ValidationReport report = ContentFixture.valid().replace(SCENARIO, "id: c", "id: Opcion_C").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo', choice 'Opcion_C'",
                "'Opcion_C' is not a valid choice id");
    }

    @Test
    void rejectsDuplicateChoiceIdInOneStep() {
        ValidationReport report = ContentFixture.valid().replace(SCENARIO, "id: c", "id: a").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo', choice 'a'",
                "choice id 'a' is used twice in this step");
    }

    @Test
    void rejectsEndingIdThatRepeatsAnotherEnding() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "endings:\n", """
                        endings:
                          - id: resuelto
                            title: "Otra"
                            outcome: "Otra."
                        """)
                .validate();

        assertOnlyProblem(report.problems(), SCENARIO, "ending 'resuelto'",
                "id 'resuelto' is used by more than one step or ending");
    }

    @Test
    void rejectsDuplicateCompetencyCode() {
        ValidationReport report = ContentFixture.valid()
                .replace("competencies.yaml", "- code: empatia", """
                        - code: escucha-activa
                          name: { es: "Escuchar", en: "Listening" }
                          description: { es: "Otra vez.", en: "Again." }
                        - code: empatia""").validate();

        assertOnlyProblem(report.problems(), "competencies.yaml", "competency 'escucha-activa'",
                "defined more than once");
    }

    @Test
    void rejectsCourseListedTwice() {
        ValidationReport report = ContentFixture.valid().with("courses.yaml", "- curso\n- curso\n").validate();

        assertOnlyProblem(report.problems(), "courses.yaml", "", "course 'curso' is listed more than once");
    }

    @Test
    void rejectsCourseCodeOtherThanItsFolder() {
        ValidationReport report = ContentFixture.valid().replace(COURSE, "code: curso", "code: otro").validate();

        assertOnlyProblem(report.problems(), COURSE, "code", "code 'otro' must be the folder name 'curso'");
    }

    @Test
    void rejectsUnknownCompetencyInEffects() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "effects: { empatia: -3 }", "effects: { paciencia: -3 }").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo', choice 'c', effects",
                "unknown competency 'paciencia'");
    }

    @Test
    void rejectsUnknownCompetencyInWeights() {
        ValidationReport report = ContentFixture.valid()
                .replace(COURSE, "  empatia: 1\n", "  empatia: 1\n  paciencia: 2\n").validate();

        assertOnlyProblem(report.problems(), COURSE, "competencies.paciencia", "unknown competency 'paciencia'");
    }

    @Test
    void rejectsUnknownCompetencyInFloors() {
        ValidationReport report = ContentFixture.valid()
                .replace(COURSE, "empatia: 50", "paciencia: 50").validate();

        assertOnlyProblem(report.problems(), COURSE, "passRules.floors.paciencia", "unknown competency 'paciencia'");
    }

    @Test
    void rejectsUnreachableStep() {
        ValidationReport report = ContentFixture.valid().replace(SCENARIO, "endings:\n", """
                  - id: olvidado
                    context: "Nadie llega aquí."
                    says: "¿Hola?"
                    choices:
                      - id: a
                        reply: "Hola."
                        feedback: "Bien."
                        effects: { empatia: 1 }
                        next: resuelto
                endings:
                """).validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'olvidado'", "cannot be reached from start 'saludo'");
    }

    @Test
    void rejectsUnreachableEnding() {
        ValidationReport report = ContentFixture.valid().replace(SCENARIO, "endings:\n", EXTRA_ENDING).validate();

        assertOnlyProblem(report.problems(), SCENARIO, "ending 'abandono'", "cannot be reached from start 'saludo'");
    }

    @Test
    void rejectsStepWithoutChoices() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "empatia: -1 }\n        next: problema", "empatia: -1 }\n        next: esperando")
                .replace(SCENARIO, "endings:\n", """
                          - id: esperando
                            context: "El cliente espera."
                            says: "¿Sigue ahí?"
                        endings:
                        """)
                .validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'esperando'", "step has no choices");
    }

    @Test
    void rejectsCycleNamingAStepOnIt() {
        ValidationReport report = ContentFixture.valid().replace(SCENARIO, "        next: perdido\n", """
                        next: perdido
                      - id: c
                        reply: "Empecemos de nuevo."
                        feedback: "Vuelves al principio."
                        effects: { empatia: -1 }
                        next: saludo
                """).validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo'",
                "steps form a cycle: saludo -> problema -> saludo");
        assertThat(report.analysis("curso", "llamada")).isEmpty();
    }

    @Test
    void rejectsNextThatNamesNoStepOrEnding() {
        ValidationReport report = ContentFixture.valid().replace(SCENARIO, "        next: perdido\n", """
                        next: perdido
                      - id: c
                        reply: "Le paso con otro compañero."
                        feedback: "Lo pasas a otro."
                        effects: { empatia: -1 }
                        next: transferido
                """).validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'problema', choice 'c'",
                "next 'transferido' is neither a step nor an ending");
    }

    @Test
    void rejectsCriticalChoiceWithNext() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "critical: \"Rechazar", "next: problema\n        critical: \"Rechazar").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo', choice 'c'",
                "a critical choice ends the scenario, so it has no 'next'");
    }

    @Test
    void rejectsChoiceWithNeitherNextNorCritical() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "        critical: \"Rechazar al cliente termina la llamada.\"\n", "").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo', choice 'c'", "choice needs a 'next'");
    }

    @Test
    void rejectsEmptyReply() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "reply: \"No es mi problema.\"", "reply: \"  \"").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo', choice 'c'", "'reply' is empty");
    }

    @Test
    void rejectsEmptyFeedback() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "feedback: \"Inaceptable.\"", "feedback: \"\"").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo', choice 'c'", "'feedback' is empty");
    }

    @Test
    void rejectsChoiceWithoutEffects() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "effects: { empatia: -3 }", "effects: {}").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'saludo', choice 'c'", "choice has no effects");
    }

    @Test
    void rejectsEmptyStepText() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "says: \"No me funciona la tarjeta.\"", "says: \"\"").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "step 'problema'", "'says' is empty");
    }

    @Test
    void rejectsEmptyEndingOutcome() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "outcome: \"El cliente se da de baja.\"", "outcome: \"\"").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "ending 'perdido'", "'outcome' is empty");
    }

    @Test
    void rejectsUnknownChannel() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "channel: telefono", "channel: fax").validate();

        assertOnlyProblem(report.problems(), SCENARIO, "setting.channel", "channel 'fax' is not one of");
    }

    @Test
    void rejectsLessonWithEmptyTitle() {
        ValidationReport report = ContentFixture.valid()
                .replace(LESSON, "title: \"Escuchar\"", "title: \"\"").validate();

        assertOnlyProblem(report.problems(), LESSON, "title", "'title' is empty");
    }

    @Test
    void rejectsLessonWithoutMinutes() {
        ValidationReport report = ContentFixture.valid().replace(LESSON, "minutes: 5", "minutes: 0").validate();

        assertOnlyProblem(report.problems(), LESSON, "minutes", "minutes must be more than 0");
    }

    @Test
    void rejectsLessonWithoutTakeaways() {
        ValidationReport report = ContentFixture.valid()
                .replace(LESSON, "takeaways:\n  - \"Escucha antes de responder.\"\n", "takeaways: []\n").validate();

        assertOnlyProblem(report.problems(), LESSON, "takeaways", "at least one takeaway");
    }

    @Test
    void rejectsLessonWithoutSelfCheck() {
        ValidationReport report = ContentFixture.valid()
                .replace(LESSON, LESSON_SELF_CHECK, "selfCheck: []\n").validate();

        assertOnlyProblem(report.problems(), LESSON, "selfCheck", "at least one self-check question");
    }

    @Test
    void rejectsLessonWithoutBody() {
        ValidationReport report = ContentFixture.valid()
                .replace(LESSON, "## Escuchar\n\nEscuchar es lo **primero**.\n", "\n").validate();

        assertOnlyProblem(report.problems(), LESSON, "", "no text after its front matter");
    }

    @Test
    void rejectsQuestionWithOneOption() {
        ValidationReport report = ContentFixture.valid().replace(LESSON, """
                      - text: "Responder."
                        feedback: "Todavía no sabes qué pasa."
                """, "").validate();

        assertOnlyProblem(report.problems(), LESSON, "selfCheck[0].options", "at least two options, not 1");
    }

    @Test
    void rejectsQuestionWithTwoCorrectOptions() {
        ValidationReport report = ContentFixture.valid()
                .replace(LESSON, "- text: \"Responder.\"", "- text: \"Responder.\"\n        correct: true").validate();

        assertOnlyProblem(report.problems(), LESSON, "selfCheck[0]",
                "exactly one option must be 'correct: true', not 2");
    }

    @Test
    void rejectsQuestionWithNoCorrectOption() {
        ValidationReport report = ContentFixture.valid()
                .replace(LESSON, "        correct: true\n", "").validate();

        assertOnlyProblem(report.problems(), LESSON, "selfCheck[0]",
                "exactly one option must be 'correct: true', not 0");
    }

    @Test
    void rejectsOptionWithoutFeedback() {
        ValidationReport report = ContentFixture.valid()
                .replace(LESSON, "        feedback: \"Todavía no sabes qué pasa.\"\n", "").validate();

        assertOnlyProblem(report.problems(), LESSON, "selfCheck[0].options[1]", "option has no 'feedback'");
    }

    @Test
    void rejectsItemWithoutLessonFile() {
        ValidationReport report = ContentFixture.valid().without(LESSON).validate();

        assertOnlyProblem(report.problems(), COURSE, "items[0]",
                "lesson 'escuchar' has no file curso/lessons/escuchar.md");
    }

    @Test
    void rejectsItemWithoutScenarioFile() {
        ValidationReport report = ContentFixture.valid().without(SCENARIO).validate();

        assertOnlyProblem(report.problems(), COURSE, "items[1]",
                "scenario 'llamada' has no file curso/scenarios/llamada.yaml");
    }

    @Test
    void rejectsItemListedTwice() {
        ValidationReport report = ContentFixture.valid()
                .replace(COURSE, "  - scenario: llamada\n", "  - scenario: llamada\n  - lesson: escuchar\n").validate();

        assertOnlyProblem(report.problems(), COURSE, "items[2]", "'escuchar' appears more than once in items");
    }

    @Test
    void rejectsPassMarkBelowOne() {
        ValidationReport report = ContentFixture.valid().replace(COURSE, "passMark: 60", "passMark: 0").validate();

        assertOnlyProblem(report.problems(), COURSE, "passRules.passMark", "pass mark must be 1-100, not 0");
    }

    @Test
    void rejectsPassMarkAboveHundred() {
        ValidationReport report = ContentFixture.valid().replace(COURSE, "passMark: 60", "passMark: 101").validate();

        assertOnlyProblem(report.problems(), COURSE, "passRules.passMark", "pass mark must be 1-100, not 101");
    }

    @Test
    void rejectsWeightOfZero() {
        ValidationReport report = ContentFixture.valid().replace(COURSE, "empatia: 1", "empatia: 0").validate();

        assertOnlyProblem(report.problems(), COURSE, "competencies.empatia", "weight must be a positive whole number");
    }

    @Test
    void rejectsPassMarkThatNoPathReaches() {
        // With empatia -3 on problema/a, the best path scores 66.7: escucha-activa 100, empatia 0.
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "effects: { escucha-activa: 2 }", "effects: { escucha-activa: 2, empatia: -3 }")
                .replace(COURSE, "passMark: 60", "passMark: 70")
                .validate();

        assertOnlyProblem(report.problems(), SCENARIO, "",
                "no path can pass this scenario: the best path scores 66.7 overall, below the pass mark 70");
    }

    @Test
    void rejectsFloorsThatNoPathReachingThePassMarkMeets() {
        // Paths reaching 60 overall leave empatia at 0; the one path with empatia 100 scores 50 overall.
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "effects: { escucha-activa: 2 }", "effects: { escucha-activa: 2, empatia: -3 }")
                .validate();

        assertOnlyProblem(report.problems(), SCENARIO, "",
                "no path that reaches the pass mark 60 also meets the floors (empatia=50)");
    }

    @Test
    void reportsWhenThePassMarkSearchGivesUp() {
        // 30 decisions of "escucha-activa or empatia": floors of 60% on both cannot be met together, but only
        // exploring far more partial paths than the search allows would show it.
        StringBuilder steps = new StringBuilder("steps:\n");
        for (int i = 0; i < 30; i++) {
            String next = i == 29 ? "resuelto" : "paso-" + (i + 1);
            steps.append("  - id: paso-").append(i).append("""

                        context: "Sigue la llamada."
                        says: "¿Y ahora?"
                        choices:
                          - id: a
                            reply: "Le escucho."
                            feedback: "Escuchas."
                            effects: { escucha-activa: 1 }
                            next: %1$s
                          - id: b
                            reply: "Le entiendo."
                            feedback: "Empatizas."
                            effects: { empatia: 1 }
                            next: %1$s
                    """.formatted(next));
        }
        ValidationReport report = ContentFixture.valid()
                .with(SCENARIO, """
                        title: "Una llamada larga"
                        summary: "Treinta decisiones."
                        required: true
                        setting: { channel: telefono, character: "Luis" }
                        start: paso-0
                        %s
                        endings:
                          - id: resuelto
                            title: "Resuelto"
                            outcome: "Fin."
                        """.formatted(steps))
                .replace(COURSE, "passMark: 60", "passMark: 1")
                .replace(COURSE, "empatia: 50", "empatia: 60\n    escucha-activa: 60")
                .validate();

        assertOnlyProblem(report.problems(), SCENARIO, "",
                "too many paths to check that its pass mark can be reached (gave up after 200000 steps visited)");
    }

    @Test
    void reportsEveryProblemAtOnceSortedByFile() {
        ValidationReport report = ContentFixture.valid()
                .replace(SCENARIO, "channel: telefono", "channel: fax")
                .replace(SCENARIO, "endings:\n", EXTRA_ENDING)
                .replace(LESSON, "minutes: 5", "minutes: 0")
                .replace(COURSE, "passMark: 60", "passMark: 0")
                .replace(COURSE, "title: \"Curso de prueba\"", "titel: \"Curso de prueba\"")
                .replace("competencies.yaml", "- code: empatia", "- code: Empatia")
                .validate();

        assertThat(report.isValid()).isFalse();
        assertThat(report.problems())
                .extracting(ContentProblem::file, ContentProblem::location)
                .containsExactly(
                        tuple("competencies.yaml", "competency 'Empatia'"),
                        tuple(COURSE, "title"),
                        tuple(COURSE, "titel"),
                        tuple(COURSE, "competencies.empatia"),
                        tuple(COURSE, "passRules.passMark"),
                        tuple(COURSE, "passRules.floors.empatia"),
                        tuple(LESSON, "minutes"),
                        tuple(SCENARIO, "setting.channel"),
                        tuple(SCENARIO, "step 'saludo', choice 'a', effects"),
                        tuple(SCENARIO, "step 'saludo', choice 'b', effects"),
                        tuple(SCENARIO, "step 'saludo', choice 'c', effects"),
                        tuple(SCENARIO, "step 'problema', choice 'b', effects"),
                        tuple(SCENARIO, "ending 'abandono'"));
        assertThat(report.describe().lines()).hasSize(13)
                .first().isEqualTo("competencies.yaml: competency 'Empatia': 'Empatia' is not a valid competency id: "
                        + "ids are lower-case letters and digits in words joined by single hyphens (kebab-case),"
                        + " at most 64 characters");
    }

    private static final String LESSON_SELF_CHECK = """
            selfCheck:
              - question: "¿Qué haces primero?"
                options:
                  - text: "Escuchar."
                    correct: true
                    feedback: "Sí: primero se entiende."
                  - text: "Responder."
                    feedback: "Todavía no sabes qué pasa."
            """;
}
