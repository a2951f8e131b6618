package com.atiende.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.content.ContentReader;
import com.atiende.domain.content.ContentSource;
import com.atiende.domain.content.CourseDefinition;
import com.atiende.domain.content.LessonDefinition;
import com.atiende.domain.content.SelfCheckDefinition;
import com.atiende.domain.content.SelfCheckOptionDefinition;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A learner who does not know the answer to a lesson's self-check must not be able to spot the correct option by its
 * wording. Length is measured by {@link AnswerCuesTest}; this class measures the other classic tells: how an option
 * opens (an apology, an agreement, thanks, a quotation, a negation, or simply its first word) and whether it uses
 * absolute words ("siempre", "nunca", "nada", "solo"...) or hedges ("puede", "quizá", "suele"...), which test-wise
 * learners read as a sign of a wrong or a right option. For each tell, the share of correct options that show it may
 * differ from the share of the other options by at most ten percentage points, either way. Accents and opening
 * punctuation are ignored. Failures name the tell, both shares and the lessons where the correct option shows it.
 */
class SelfCheckCuesTest {

    private static final double TOLERANCE = 0.10;

    private static final Map<String, Pattern> TELLS = new LinkedHashMap<>();

    static {
        TELLS.put("opens with an apology", Pattern.compile("^(lo siento|siento|perdon|perdone|perdona|disculpe"
                + "|disculpa|disculpas|mis disculpas|le pido disculpas|te pido disculpas|lamento|lamentamos|sentimos"
                + "|i'm sorry|i am sorry|sorry|apologies|my apologies)\\b"));
        TELLS.put("opens with an agreement", Pattern.compile("^(tiene razon|tienes razon|lleva razon|llevas razon"
                + "|you're right|you are right)\\b"));
        TELLS.put("opens with thanks", Pattern.compile("^(gracias|muchas gracias|thank you|thanks)\\b"));
        TELLS.put("opens with a negation", Pattern.compile("^(no|nunca|jamas|nada|nadie|ninguno|ninguna|ningun"
                + "|never|nothing|nobody|none|not)\\b"));
        TELLS.put("uses an absolute word", Pattern.compile("\\b(siempre|nunca|jamas|todo|toda|todos|todas|nada"
                + "|nadie|ninguno|ninguna|ningun|solo|unicamente|always|never|all|every|nothing|nobody|none"
                + "|only)\\b"));
        TELLS.put("uses a hedge", Pattern.compile("\\b(puede|pueden|podria|podrian|quiza|quizas|a veces|a lo mejor"
                + "|suele|suelen|conviene|probablemente|may|might|perhaps|usually|often|sometimes)\\b"));
    }

    private static final Pattern QUOTATION = Pattern.compile("^\\s*[«\"“]");

    private static List<Option> options;

    @BeforeAll
    static void readShippedContent() {
        options = new ArrayList<>();
        for (CourseDefinition course : new ContentReader().read(ContentSource.classpath(
                SelfCheckCuesTest.class.getClassLoader(), "content/")).courses()) {
            for (LessonDefinition lesson : course.lessons()) {
                for (SelfCheckDefinition check : lesson.selfCheck()) {
                    for (SelfCheckOptionDefinition option : check.options()) {
                        options.add(new Option(lesson.file(), option.correct(), option.text()));
                    }
                }
            }
        }
    }

    @Test
    void theCorrectOptionIsNotGivenAwayByHowItOpensOrByAbsoluteWordsAndHedges() {
        assertThat(options).as("self-check options of the shipped lessons").isNotEmpty();
        List<String> cues = new ArrayList<>();
        cue("is a quotation", option -> QUOTATION.matcher(option.text()).find()).ifPresent(cues::add);
        TELLS.forEach((tell, pattern) -> cue(tell, option -> pattern.matcher(plain(option.text())).find())
                .ifPresent(cues::add));

        assertThat(cues).as("wordings that give the correct self-check option away").isEmpty();
    }

    @Test
    void theCorrectOptionIsNotGivenAwayByItsFirstWord() {
        Map<String, List<Option>> byFirstWord = new TreeMap<>();
        for (Option option : options) {
            String[] words = plain(option.text()).split("[^\\p{L}\\p{N}']+");
            byFirstWord.computeIfAbsent(words.length == 0 ? "" : words[0], word -> new ArrayList<>()).add(option);
        }
        List<String> cues = new ArrayList<>();
        byFirstWord.forEach((word, opening) -> cue("opens with '" + word + "'", opening::contains)
                .ifPresent(cues::add));

        assertThat(cues).as("first words that give the correct self-check option away").isEmpty();
    }

    /** A description of the cue when the share of correct options with it differs too much from the others'. */
    private static Optional<String> cue(String tell, Predicate<Option> shows) {
        long correct = options.stream().filter(Option::correct).count();
        long others = options.size() - correct;
        long correctShowing = options.stream().filter(Option::correct).filter(shows).count();
        long othersShowing = options.stream().filter(option -> !option.correct()).filter(shows).count();
        double correctShare = (double) correctShowing / correct;
        double othersShare = (double) othersShowing / others;
        if (Math.abs(correctShare - othersShare) <= TOLERANCE) {
            return Optional.empty();
        }
        Map<String, Long> files = new TreeMap<>();
        options.stream().filter(Option::correct).filter(shows)
                .forEach(option -> files.merge(option.file(), 1L, Long::sum));
        return Optional.of(String.format(Locale.ROOT, "%s: %d of %d correct options (%.0f %%) but %d of %d "
                        + "others (%.0f %%); correct ones in: %s", tell, correctShowing, correct, 100 * correctShare,
                othersShowing, others, 100 * othersShare, files.keySet()));
    }

    /** Lower case, accents stripped, opening quotes and punctuation dropped. */
    private static String plain(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("^[¡¿\"«“(\\-–— ]+", "");
    }

    /** One option of a self-check question. */
    record Option(String file, boolean correct, String text) {
    }
}
