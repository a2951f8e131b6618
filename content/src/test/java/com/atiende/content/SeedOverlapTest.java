package com.atiende.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atiende.domain.content.AssessmentQuestionDefinition;
import com.atiende.domain.content.ChoiceDefinition;
import com.atiende.domain.content.CompetencyDefinition;
import com.atiende.domain.content.ContentCatalog;
import com.atiende.domain.content.ContentReader;
import com.atiende.domain.content.ContentSource;
import com.atiende.domain.content.CourseDefinition;
import com.atiende.domain.content.EndingDefinition;
import com.atiende.domain.content.FinalAssessmentDefinition;
import com.atiende.domain.content.LessonDefinition;
import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.domain.content.SelfCheckDefinition;
import com.atiende.domain.content.SelfCheckOptionDefinition;
import com.atiende.domain.content.StepDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped content says things in its own words: no run of {@value SeedShingles#RUN} consecutive words may be
 * shared with the seed essays ({@code shared/seeds/}, beside the repository). Every text a learner or trainer can
 * read is scanned: course titles and summaries, competency names and descriptions, lesson titles, bodies, takeaways
 * and self-check questions, options and feedback, and every text of a scenario (title, summary, character, each
 * step's context and words, each reply's text, feedback and critical explanation, each ending's title and outcome),
 * and every text of a final assessment (title, instructions, each question with its options and feedback).
 * Both sides are normalised alike, see {@link SeedShingles}. A failure lists every copied passage at once, with its
 * file, its place in the file and its words (normalised), so an author can rewrite them all in one go.
 *
 * <p>The essays are not part of the repository and a clean clone (CI) has no {@code shared/seeds/}, so the check
 * compares against {@code src/test/resources/seed-shingles.txt}: the fingerprints (hashes) of every run of the
 * essays, never their words. When the essays are present, {@link #theFingerprintFileMatchesTheEssays()} checks that
 * the file is exactly what they give today; otherwise it is skipped and says why.
 *
 * <p>To regenerate the fingerprint file after the essays change, either run (from the repository root)
 *
 * <pre>
 * flock /tmp/atiende-mvn.lock mvn -q -B -pl content -am test -Dtest=SeedOverlapTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Datiende.seedShingles.write=true
 * </pre>
 *
 * which writes {@code content/src/test/resources/seed-shingles.txt} from {@code ../shared/seeds} before checking it
 * (the overlap check reads the class-path copy, so it sees the new file on the next build), or run
 * {@link SeedShingles#main(String[])} as described there.
 */
class SeedOverlapTest {

    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
    private static final Path FINGERPRINT_FILE = Path.of("src", "test", "resources", "seed-shingles.txt");
    private static final String FINGERPRINT_RESOURCE = "seed-shingles.txt";
    private static final String WRITE_PROPERTY = "atiende.seedShingles.write";

    private static ContentCatalog catalog;
    private static Set<String> seedFingerprints;

    @BeforeAll
    static void readShippedContentAndFingerprints() throws IOException {
        catalog = new ContentReader().read(ContentSource.classpath(SeedOverlapTest.class.getClassLoader(),
                "content/"));
        try (InputStream in = SeedOverlapTest.class.getClassLoader().getResourceAsStream(FINGERPRINT_RESOURCE)) {
            assertThat(in).as("test resource %s", FINGERPRINT_RESOURCE).isNotNull();
            seedFingerprints = SeedShingles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void sharesNoRunOfEightWordsWithTheEssays() {
        assertThat(seedFingerprints).as("fingerprints in %s", FINGERPRINT_RESOURCE).isNotEmpty();
        List<Text> texts = shippedTexts(catalog);
        assertThat(texts).as("texts of the shipped content").hasSizeGreaterThan(100);

        List<String> copies = new ArrayList<>();
        for (Text text : texts) {
            for (String passage : sharedPassages(text.text(), seedFingerprints)) {
                copies.add(text.file() + ", " + text.place() + ": «" + passage + "»");
            }
        }

        assertThat(copies)
                .withFailMessage("%d passage(s) of %d or more words are copied from the seed essays; say them in "
                                + "our own words:%n  %s", copies.size(), SeedShingles.RUN,
                        String.join(System.lineSeparator() + "  ", copies))
                .isEmpty();
    }

    @Test
    void theFingerprintFileHoldsOnlyFingerprints() throws IOException {
        List<String> other = Files.readAllLines(FINGERPRINT_FILE, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.matches("[0-9a-f]{16}")).toList();

        assertThat(other).as("lines of %s that are neither a comment nor a fingerprint", FINGERPRINT_FILE).isEmpty();
    }

    @Test
    void theFingerprintFileMatchesTheEssays() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the seed essays are not beside the repository (" + SEEDS.toAbsolutePath()
                .normalize() + "), as on a clean clone: the fingerprint file cannot be checked against them here");
        String expected = SeedShingles.fingerprintFile(SEEDS);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.writeString(FINGERPRINT_FILE, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(FINGERPRINT_FILE, StandardCharsets.UTF_8);

        Set<String> missing = new TreeSet<>(SeedShingles.parse(expected));
        missing.removeAll(SeedShingles.parse(committed));
        Set<String> extra = new TreeSet<>(SeedShingles.parse(committed));
        extra.removeAll(SeedShingles.parse(expected));
        assertThat(committed)
                .withFailMessage("%s is not what the essays in %s give today (%d fingerprint(s) missing, %d extra, or "
                                + "the header differs); regenerate it with -D%s=true (see SeedOverlapTest)",
                        FINGERPRINT_FILE, SEEDS, missing.size(), extra.size(), WRITE_PROPERTY)
                .isEqualTo(expected);
    }

    @Test
    void findsACopyWhateverItsCaseAccentsPunctuationAndMarkdown() {
        String essay = "Y así, sin más: la atención al cliente es, ante todo, prestar atención al cliente.";
        Set<String> fingerprints = new TreeSet<>();
        List<String> essayWords = SeedShingles.words(essay);
        for (int from = 0; from + SeedShingles.RUN <= essayWords.size(); from++) {
            fingerprints.add(SeedShingles.fingerprint(essayWords, from));
        }

        assertThat(sharedPassages("Recuerda: **LA ATENCION al cliente** es —ante todo— «prestar atención» al "
                + "público.", fingerprints))
                .containsExactly("la atencion al cliente es ante todo prestar atencion al");
        assertThat(sharedPassages("La atención al cliente es, sobre todo, prestar atención.", fingerprints))
                .isEmpty();
        assertThat(sharedPassages("## Sin más\n\nLa atención al cliente es, ante todo, prestar atención al "
                + "cliente. Y nada más.", fingerprints))
                .containsExactly("sin mas la atencion al cliente es ante todo prestar atencion al cliente");
    }

    /**
     * The passages of a text that share runs with the fingerprints: overlapping or adjoining shared runs are joined
     * into one passage, given as its normalised words.
     */
    static List<String> sharedPassages(String text, Set<String> fingerprints) {
        List<String> words = SeedShingles.words(text);
        List<String> passages = new ArrayList<>();
        int passageStart = -1;
        int passageEnd = -1;
        for (int from = 0; from + SeedShingles.RUN <= words.size(); from++) {
            if (fingerprints.contains(SeedShingles.fingerprint(words, from))) {
                if (passageStart >= 0 && from <= passageEnd) {
                    passageEnd = from + SeedShingles.RUN;
                } else {
                    if (passageStart >= 0) {
                        passages.add(String.join(" ", words.subList(passageStart, passageEnd)));
                    }
                    passageStart = from;
                    passageEnd = from + SeedShingles.RUN;
                }
            }
        }
        if (passageStart >= 0) {
            passages.add(String.join(" ", words.subList(passageStart, passageEnd)));
        }
        return passages;
    }

    /** Every text of the content that a learner or trainer can read, with the file and the place it comes from. */
    static List<Text> shippedTexts(ContentCatalog catalog) {
        List<Text> texts = new ArrayList<>();
        for (CompetencyDefinition competency : catalog.competencies()) {
            String place = "competency " + competency.code();
            add(texts, "competencies.yaml", place + " name (es)", competency.nameEs());
            add(texts, "competencies.yaml", place + " name (en)", competency.nameEn());
            add(texts, "competencies.yaml", place + " description (es)", competency.descriptionEs());
            add(texts, "competencies.yaml", place + " description (en)", competency.descriptionEn());
        }
        for (CourseDefinition course : catalog.courses()) {
            add(texts, course.file(), "title", course.title());
            add(texts, course.file(), "summary", course.summary());
            for (LessonDefinition lesson : course.lessons()) {
                addLesson(texts, lesson);
            }
            for (ScenarioDefinition scenario : course.scenarios()) {
                addScenario(texts, scenario);
            }
            for (FinalAssessmentDefinition assessment : course.assessments()) {
                addAssessment(texts, assessment);
            }
        }
        return texts;
    }

    private static void addAssessment(List<Text> texts, FinalAssessmentDefinition assessment) {
        String file = assessment.file();
        add(texts, file, "title", assessment.title());
        add(texts, file, "instructions", assessment.instructions());
        for (AssessmentQuestionDefinition question : assessment.questions()) {
            String place = "question " + question.id();
            add(texts, file, place, question.question());
            for (int o = 0; o < question.options().size(); o++) {
                SelfCheckOptionDefinition option = question.options().get(o);
                add(texts, file, place + " option " + (o + 1) + " text", option.text());
                add(texts, file, place + " option " + (o + 1) + " feedback", option.feedback());
            }
        }
    }

    private static void addLesson(List<Text> texts, LessonDefinition lesson) {
        String file = lesson.file();
        add(texts, file, "title", lesson.title());
        for (int i = 0; i < lesson.takeaways().size(); i++) {
            add(texts, file, "takeaway " + (i + 1), lesson.takeaways().get(i));
        }
        for (int q = 0; q < lesson.selfCheck().size(); q++) {
            SelfCheckDefinition check = lesson.selfCheck().get(q);
            if (check == null) {
                continue;
            }
            String question = "self-check " + (q + 1);
            add(texts, file, question + " question", check.question());
            for (int o = 0; o < check.options().size(); o++) {
                SelfCheckOptionDefinition option = check.options().get(o);
                add(texts, file, question + " option " + (o + 1) + " text", option.text());
                add(texts, file, question + " option " + (o + 1) + " feedback", option.feedback());
            }
        }
        add(texts, file, "body", lesson.body());
    }

    private static void addScenario(List<Text> texts, ScenarioDefinition scenario) {
        String file = scenario.file();
        add(texts, file, "title", scenario.title());
        add(texts, file, "summary", scenario.summary());
        add(texts, file, "setting character", scenario.character());
        for (StepDefinition step : scenario.steps()) {
            String place = "step " + step.id();
            add(texts, file, place + " context", step.context());
            add(texts, file, place + " says", step.says());
            for (ChoiceDefinition choice : step.choices()) {
                String reply = place + " choice " + choice.id();
                add(texts, file, reply + " reply", choice.reply());
                add(texts, file, reply + " feedback", choice.feedback());
                add(texts, file, reply + " critical", choice.critical());
            }
        }
        for (EndingDefinition ending : scenario.endings()) {
            add(texts, file, "ending " + ending.id() + " title", ending.title());
            add(texts, file, "ending " + ending.id() + " outcome", ending.outcome());
        }
    }

    private static void add(List<Text> texts, String file, String place, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(new Text(file, place, text));
        }
    }

    /** One text of the content and where it is. */
    record Text(String file, String place, String text) {
    }
}
