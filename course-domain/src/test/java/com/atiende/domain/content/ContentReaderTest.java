package com.atiende.domain.content;

import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.CourseItemKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.atiende.domain.content.ContentFixture.COURSE;
import static com.atiende.domain.content.ContentFixture.LESSON;
import static com.atiende.domain.content.ContentFixture.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentReaderTest {

    @Test
    void readsEveryFileOfValidContent() {
        ContentCatalog catalog = ContentFixture.valid().read();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.competencies()).extracting(CompetencyDefinition::code)
                .containsExactly("escucha-activa", "empatia");
        CourseDefinition course = catalog.course("curso").orElseThrow();
        assertThat(course.weights()).containsExactly(Map.entry("escucha-activa", 2), Map.entry("empatia", 1));
        assertThat(course.passRules()).isEqualTo(
                new PassRulesDefinition(60, Map.of("empatia", 50), 3, AttemptKept.BEST, 0, 14));
        assertThat(course.items()).containsExactly(new CourseItemDefinition(CourseItemKind.LESSON, "escuchar"),
                new CourseItemDefinition(CourseItemKind.SCENARIO, "llamada"));
        ScenarioDefinition scenario = course.scenario("llamada").orElseThrow();
        assertThat(scenario.start()).isEqualTo("saludo");
        assertThat(scenario.steps()).extracting(StepDefinition::id).containsExactly("saludo", "problema");
        assertThat(scenario.step("saludo").orElseThrow().waitedMinutes()).isEqualTo(10);
        assertThat(scenario.step("saludo").orElseThrow().choice("c").orElseThrow().isCritical()).isTrue();
        assertThat(scenario.endings()).extracting(EndingDefinition::id).containsExactly("resuelto", "perdido");
    }

    @Test
    void readsTheLessonFrontMatterAndKeepsTheBodyApart() {
        LessonDefinition lesson = ContentFixture.valid().read().courses().get(0).lesson("escuchar").orElseThrow();

        assertThat(lesson.title()).isEqualTo("Escuchar");
        assertThat(lesson.minutes()).isEqualTo(5);
        assertThat(lesson.takeaways()).containsExactly("Escucha antes de responder.");
        assertThat(lesson.selfCheck()).singleElement().satisfies(question -> {
            assertThat(question.question()).isEqualTo("¿Qué haces primero?");
            assertThat(question.options()).containsExactly(
                    new SelfCheckOptionDefinition("Escuchar.", true, "Sí: primero se entiende."),
                    new SelfCheckOptionDefinition("Responder.", false, "Todavía no sabes qué pasa."));
        });
        assertThat(lesson.body()).isEqualTo("## Escuchar\n\nEscuchar es lo **primero**.");
        assertThat(lesson.wordCount()).isEqualTo(5);
    }

    @Test
    void readsFrontMatterWrittenWithWindowsLineEndings() {
        ContentFixture fixture = ContentFixture.valid();
        LessonDefinition unix = fixture.read().courses().get(0).lesson("escuchar").orElseThrow();
        ContentSource windows = path -> fixture.source().read(path)
                .map(bytes -> path.equals(LESSON) ? new String(bytes, StandardCharsets.UTF_8)
                        .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8) : bytes);

        ContentCatalog catalog = new ContentReader().read(windows);

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.courses().get(0).lesson("escuchar").orElseThrow())
                .usingRecursiveComparison().isEqualTo(unix);
    }

    @Test
    void reportsALessonWithoutFrontMatter() {
        ContentCatalog catalog = ContentFixture.valid().with(LESSON, "## Escuchar\n\nSin cabecera.\n").read();

        assertOnlyProblem(catalog, LESSON, "", "a lesson starts with its front matter");
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            curso/lessons/escuchar.md    | 'minutes: 5'                  | 'minutes: "cinco"'               | minutes                             | expected a whole number but found text 'cinco'
            curso/scenarios/llamada.yaml | 'required: true'              | 'required: "sí"'                 | required                            | expected true or false but found text 'sí'
            curso/course.yaml            | 'title: "Curso de prueba"'    | 'title: 2024'                    | title                               | expected text but found a whole number (2024); put the text in quotes
            curso/scenarios/llamada.yaml | 'mood: molesto'               | 'mood: no'                       | steps[0].mood                       | expected text but found a true/false value (false); put the text in quotes
            curso/scenarios/llamada.yaml | 'effects: { empatia: -3 }'    | 'effects: { empatia: mucho }'    | steps[0].choices[2].effects.empatia | expected a whole number but found text 'mucho'
            curso/scenarios/llamada.yaml | 'waitedMinutes: 10'           | 'waitedMinutes: 2.5'             | steps[0].waitedMinutes              | expected a whole number but found a decimal number (2.5)
            curso/course.yaml            | 'certificateValidityMonths: 24' | 'certificateValidityMonths: 99999999999' | certificateValidityMonths | the number 99999999999 is too large
            curso/scenarios/llamada.yaml | 'setting:\n  channel: telefono\n  character: "Luis, cliente de un banco"' | 'setting: telefono' | setting | expected a mapping (key: value lines) but found text 'telefono'
            curso/lessons/escuchar.md    | 'takeaways:'                  | 'takeaways: "Escucha."\\nignored:' | takeaways                         | expected a list (lines starting with '- ') but found text 'Escucha.'
            curso/course.yaml            | 'keep: best'                  | 'keep: mejor'                    | passRules.keep                      | keep must be 'best' or 'last', not 'mejor'
            """)
    void reportsValuesOfTheWrongType(String file, String target, String replacement, String location,
                                     String message) {
        ContentCatalog catalog = ContentFixture.valid()
                .replace(file, target.replace("\\n", "\n"), replacement.replace("\\n", "\n")).read();

        assertThat(catalog.problems()).filteredOn(problem -> problem.location().equals(location))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.message()).isEqualTo(message);
                });
    }

    @Test
    void reportsMisspeltFieldSuggestingTheRightOne() {
        ContentCatalog catalog = ContentFixture.valid().replace(SCENARIO, "mood: molesto", "moood: molesto").read();

        assertOnlyProblem(catalog, SCENARIO, "steps[0].moood", "unknown field 'moood' (did you mean 'mood'?)");
    }

    @Test
    void reportsUnknownFieldListingTheKnownOnes() {
        ContentCatalog catalog = ContentFixture.valid().replace(COURSE, "language: es", "language: es\ncolour: azul")
                .read();

        assertOnlyProblem(catalog, COURSE, "colour", "unknown field 'colour'; expected one of code, title, summary");
    }

    @Test
    void reportsMissingRequiredField() {
        ContentCatalog catalog = ContentFixture.valid()
                .replace(SCENARIO, "    says: \"No me funciona la tarjeta.\"\n", "").read();

        assertOnlyProblem(catalog, SCENARIO, "steps[1].says", "'says' is missing");
    }

    @Test
    void reportsItemOfNoKnownKind() {
        ContentCatalog catalog = ContentFixture.valid().replace(COURSE, "- lesson: escuchar", "- leccion: escuchar")
                .read();

        assertOnlyProblem(catalog, COURSE, "items[0]",
                "an item is written 'lesson: <id>', 'scenario: <id>' or 'assessment: <id>'");
    }

    @Test
    void reportsMissingCatalogueFile() {
        ContentCatalog catalog = ContentFixture.valid().without("courses.yaml").read();

        assertOnlyProblem(catalog, "courses.yaml", "", "file is missing");
        assertThat(catalog.courses()).isEmpty();
    }

    @Test
    void reportsMissingCourseDescriptor() {
        ContentCatalog catalog = ContentFixture.valid().without(COURSE).read();

        assertOnlyProblem(catalog, COURSE, "", "file is missing (courses.yaml lists course 'curso')");
    }

    @Test
    void refusesToReadACourseFolderThatIsNotAnId() {
        ContentCatalog catalog = ContentFixture.valid().with("courses.yaml", "- curso\n- ../secretos\n").read();

        assertOnlyProblem(catalog, "courses.yaml", "[1]", "'../secretos' is not a valid course folder name");
        assertThat(catalog.courses()).extracting(CourseDefinition::folder).containsExactly("curso");
    }

    @Test
    void reportsSyntaxErrorWithItsLine() {
        ContentCatalog catalog = ContentFixture.valid()
                .replace(SCENARIO, "title: \"Una llamada\"", "title: \"Una llamada").read();

        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(SCENARIO);
            assertThat(problem.location()).matches("line \\d+, column \\d+");
            assertThat(problem.message()).startsWith("not valid YAML: ");
        });
    }

    @Test
    void reportsDuplicateKey() {
        ContentCatalog catalog = ContentFixture.valid().replace(COURSE, "language: es", "language: es\nlanguage: en")
                .read();

        assertOnlyProblem(catalog, COURSE, "line 5, column 1", "not valid YAML: found duplicate key language");
    }

    @Test
    void neverConstructsArbitraryTypes() {
        ContentCatalog catalog = ContentFixture.valid()
                .replace(COURSE, "title: \"Curso de prueba\"", "title: !!java.io.File [\"/etc/passwd\"]").read();

        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(COURSE);
            assertThat(problem.message()).startsWith("not valid YAML: ").contains("java.io.File");
        });
    }

    @Test
    void reportsFileThatIsNotUtf8() {
        ContentFixture fixture = ContentFixture.valid();
        ContentSource source = path -> path.equals(LESSON)
                ? Optional.of(new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '('})
                : fixture.source().read(path);

        ContentCatalog catalog = new ContentReader().read(source);

        assertOnlyProblem(catalog, LESSON, "", "not UTF-8 text");
    }

    @Test
    void hashesTheSameBytesTheSame() {
        String first = ContentFixture.valid().read().courses().get(0).contentHash();
        String second = ContentFixture.valid().read().courses().get(0).contentHash();

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(second);
    }

    @Test
    void hashesOneChangedByteDifferently() {
        String original = ContentFixture.valid().read().courses().get(0).contentHash();
        String changed = ContentFixture.valid().replace(LESSON, "**primero**", "**primerO**").read().courses().get(0)
                .contentHash();

        assertThat(changed).isNotEqualTo(original);
    }

    @Test
    void leavesSharedCompetenciesOutOfTheCourseHash() {
        String original = ContentFixture.valid().read().courses().get(0).contentHash();
        String changed = ContentFixture.valid().replace("competencies.yaml", "Dejar hablar.", "Dejar hablar mucho.")
                .read().courses().get(0).contentHash();

        assertThat(changed).isEqualTo(original);
    }

    @Test
    void readsTheSameContentFromAZipWithOrWithoutATopFolder() throws IOException {
        ContentFixture fixture = ContentFixture.valid();
        ContentCatalog expected = fixture.read();

        for (String folder : List.of("", "exportacion/")) {
            ContentCatalog catalog = new ContentReader().read(ContentSource.zip(fixture.zip(folder)));

            assertThat(catalog).as("zip below '%s'", folder).usingRecursiveComparison().isEqualTo(expected);
        }
    }

    @Test
    void readsTheSameContentFromADirectory(@TempDir Path root) throws IOException {
        ContentFixture fixture = ContentFixture.valid();
        fixture.writeTo(root);

        ContentCatalog catalog = new ContentReader().read(ContentSource.directory(root));

        assertThat(catalog).usingRecursiveComparison().isEqualTo(fixture.read());
    }

    @Test
    void readsTheSameContentFromTheClassPath(@TempDir Path root) throws IOException {
        ContentFixture fixture = ContentFixture.valid();
        fixture.writeTo(root.resolve("content"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            ContentCatalog catalog = new ContentReader().read(ContentSource.classpath(loader, "content/"));

            assertThat(catalog).usingRecursiveComparison().isEqualTo(fixture.read());
        }
    }

    @Test
    void refusesPathsThatLeaveTheContentRoot(@TempDir Path root) {
        ContentSource source = ContentSource.directory(root);

        assertThatThrownBy(() -> source.read("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.read("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoresZipEntriesThatLeaveTheContentRoot() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../courses.yaml"));
            zip.write("- curso\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        ContentSource source = ContentSource.zip(bytes.toByteArray());

        assertThat(source.read("courses.yaml")).isEmpty();
    }

    private static void assertOnlyProblem(ContentCatalog catalog, String file, String location, String message) {
        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.location()).isEqualTo(location);
            assertThat(problem.message()).contains(message);
        });
    }
}
