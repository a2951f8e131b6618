package com.atiende.content;

import com.atiende.domain.content.AssessmentQuestionDefinition;
import com.atiende.domain.content.ChoiceDefinition;
import com.atiende.domain.content.ContentCatalog;
import com.atiende.domain.content.ContentReader;
import com.atiende.domain.content.ContentSource;
import com.atiende.domain.content.CourseDefinition;
import com.atiende.domain.content.FinalAssessmentDefinition;
import com.atiende.domain.content.LessonDefinition;
import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.domain.content.SelfCheckDefinition;
import com.atiende.domain.content.SelfCheckOptionDefinition;
import com.atiende.domain.content.StepDefinition;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner who cannot tell the best reply must not be able to find it by its shape: the longest reply, or the one
 * that opens with an apology, should be the best no more often than chance allows. Chance is the mean of 1/k over
 * the questions (k choices each); the shipped content may exceed it by at most ten percentage points. For
 * openings, the share of best replies that open a given way may differ from the share of the other replies by at
 * most ten points, either way. The same holds for the options of the final assessments' questions, measured apart
 * from the lessons' self-checks because each bank is large and written on its own. Failures name the files that
 * contribute most, so an author knows where to start.
 */
class AnswerCuesTest {

    private static final double TOLERANCE = 0.10;

    /** Openings a learner learns to look for; accents and opening punctuation are ignored. */
    private static final Map<String, Pattern> OPENINGS = Map.of(
            "an apology", Pattern.compile("^(lo siento|siento|perdon|perdone|perdona|perdoname|perdoneme|disculpe"
                    + "|disculpa|disculpas|mis disculpas|le pido disculpas|te pido disculpas|lamento|lamentamos"
                    + "|sentimos|i'm sorry|i am sorry|sorry|apologies|my apologies)\\b"),
            "an agreement", Pattern.compile("^(tiene razon|tienes razon|lleva razon|llevas razon|you're right"
                    + "|you are right)\\b"),
            "thanks", Pattern.compile("^(gracias|muchas gracias|thank you|thanks)\\b"));

    private static ContentCatalog catalog;

    @BeforeAll
    static void readShippedContent() {
        catalog = new ContentReader().read(ContentSource.classpath(AnswerCuesTest.class.getClassLoader(),
                "content/"));
    }

    @Test
    void theBestReplyIsNotGivenAwayByItsLength() {
        List<Question> questions = replyQuestions();

        assertLengthIsNoCue(questions, "role-play steps whose best reply is the longest");
    }

    @Test
    void theCorrectSelfCheckOptionIsNotGivenAwayByItsLength() {
        List<Question> questions = selfCheckQuestions();

        assertLengthIsNoCue(questions, "self-check questions whose correct option is the longest");
    }

    @Test
    void theCorrectAssessmentOptionIsNotGivenAwayByItsLength() {
        List<Question> questions = assessmentQuestions();

        assertThat(questions).as("questions of the final assessments").isNotEmpty();
        assertLengthIsNoCue(questions, "final-assessment questions whose correct option is the longest");
    }

    @Test
    void theBestReplyIsNotGivenAwayByHowItOpens() {
        assertThat(openingCues(replyQuestions(), "best replies"))
                .as("openings that give the best reply away").isEmpty();
    }

    @Test
    void theCorrectAssessmentOptionIsNotGivenAwayByHowItOpens() {
        List<Question> questions = assessmentQuestions();

        assertThat(questions).as("questions of the final assessments").isNotEmpty();
        assertThat(openingCues(questions, "correct options"))
                .as("openings that give the correct final-assessment option away").isEmpty();
    }

    private static List<String> openingCues(List<Question> questions, String bestName) {
        List<String> cues = new ArrayList<>();
        OPENINGS.forEach((name, pattern) -> {
            Predicate<String> opensSo = text -> pattern.matcher(normalized(text)).find();
            long best = questions.stream().flatMap(q -> q.best().stream()).count();
            long bestOpening = questions.stream().flatMap(q -> q.best().stream()).filter(opensSo).count();
            long others = questions.stream().flatMap(q -> q.others().stream()).count();
            long othersOpening = questions.stream().flatMap(q -> q.others().stream()).filter(opensSo).count();
            double bestShare = (double) bestOpening / best;
            double othersShare = (double) othersOpening / others;
            if (Math.abs(bestShare - othersShare) > TOLERANCE) {
                cues.add(String.format(Locale.ROOT, "%s opens %d of %d %s (%.0f %%) but %d of %d others "
                        + "(%.0f %%); most in: %s", name, bestOpening, best, bestName, 100 * bestShare, othersOpening,
                        others, 100 * othersShare, filesWhere(questions, q -> q.best().stream().anyMatch(opensSo))));
            }
        });
        return cues;
    }

    private static void assertLengthIsNoCue(List<Question> questions, String what) {
        double chance = questions.stream().mapToDouble(q -> 1.0 / q.choices()).sum() / questions.size();
        List<Question> cued = questions.stream().filter(Question::bestIsLongest).toList();
        double share = (double) cued.size() / questions.size();

        assertThat(share)
                .withFailMessage("%s: %d of %d (%.0f %%), chance is %.0f %% and the most allowed %.0f %%; "
                                + "most in: %s", what, cued.size(), questions.size(), 100 * share, 100 * chance,
                        100 * (chance + TOLERANCE), filesWhere(questions, Question::bestIsLongest))
                .isLessThanOrEqualTo(chance + TOLERANCE);
    }

    private static String filesWhere(List<Question> questions, Predicate<Question> condition) {
        Map<String, Long> perFile = new java.util.TreeMap<>();
        questions.stream().filter(condition).forEach(q -> perFile.merge(q.file(), 1L, Long::sum));
        return perFile.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")").toList().toString();
    }

    /** Every step of every scenario; its best replies are those whose weighted effects are highest. */
    static List<Question> replyQuestions() {
        List<Question> questions = new ArrayList<>();
        for (CourseDefinition course : catalog.courses()) {
            for (ScenarioDefinition scenario : course.scenarios()) {
                for (StepDefinition step : scenario.steps()) {
                    int top = step.choices().stream().mapToInt(choice -> worth(course, choice)).max().orElse(0);
                    List<String> best = new ArrayList<>();
                    List<String> others = new ArrayList<>();
                    for (ChoiceDefinition choice : step.choices()) {
                        (worth(course, choice) == top ? best : others).add(choice.reply());
                    }
                    questions.add(new Question(scenario.file(), best, others));
                }
            }
        }
        return questions;
    }

    static List<Question> selfCheckQuestions() {
        List<Question> questions = new ArrayList<>();
        for (CourseDefinition course : catalog.courses()) {
            for (LessonDefinition lesson : course.lessons()) {
                for (SelfCheckDefinition check : lesson.selfCheck()) {
                    List<String> correct = new ArrayList<>();
                    List<String> others = new ArrayList<>();
                    for (SelfCheckOptionDefinition option : check.options()) {
                        (option.correct() ? correct : others).add(option.text());
                    }
                    questions.add(new Question(lesson.file(), correct, others));
                }
            }
        }
        return questions;
    }

    /** Every question of every course's final assessment, one per question of its bank. */
    static List<Question> assessmentQuestions() {
        List<Question> questions = new ArrayList<>();
        for (CourseDefinition course : catalog.courses()) {
            for (FinalAssessmentDefinition assessment : course.assessments()) {
                for (AssessmentQuestionDefinition question : assessment.questions()) {
                    List<String> correct = new ArrayList<>();
                    List<String> others = new ArrayList<>();
                    for (SelfCheckOptionDefinition option : question.options()) {
                        (option.correct() ? correct : others).add(option.text());
                    }
                    questions.add(new Question(assessment.file(), correct, others));
                }
            }
        }
        return questions;
    }

    /** A reply's effect on the overall score, as the course weighs it; a critical reply is never best. */
    private static int worth(CourseDefinition course, ChoiceDefinition choice) {
        if (choice.isCritical()) {
            return Integer.MIN_VALUE;
        }
        return choice.effects().entrySet().stream()
                .mapToInt(effect -> course.weights().getOrDefault(effect.getKey(), 0) * effect.getValue()).sum();
    }

    private static String normalized(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // A stage direction such as "(En público) «...»" is not how the reply opens: skip it, then opening marks.
        return plain.toLowerCase(Locale.ROOT).replaceFirst("^\\([^)]*\\)\\s*", "")
                .replaceAll("^[¡¿\"«“(\\-–— ]+", "");
    }

    /** One decision: the replies (or options) that are best and the rest. */
    record Question(String file, List<String> best, List<String> others) {

        int choices() {
            return best.size() + others.size();
        }

        /** Whether a best reply is at least as long, in characters, as every other reply. */
        boolean bestIsLongest() {
            int longestBest = best.stream().mapToInt(String::length).max().orElse(0);
            int longestOther = others.stream().mapToInt(String::length).max().orElse(0);
            return longestBest >= longestOther;
        }
    }
}
