package com.atiende.domain.attempt;

import com.atiende.domain.attempt.AnswerRejectedException.Reason;
import com.atiende.domain.content.ContentFixture;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.ScenarioEnding;
import com.atiende.domain.course.ScenarioStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AttemptTest {

    private static final Instant STARTED = LearningFixture.ENROLLED.plusSeconds(60);
    private static final Instant LATER = STARTED.plusSeconds(30);

    private final LearningFixture fixture = LearningFixture.standard();
    private final Attempt attempt = fixture.start(fixture.enrol(), STARTED);

    static Stream<Arguments> paths() {
        return Stream.of(
                arguments("the best path passes", List.of("a", "a"), AttemptStatus.PASSED,
                        Map.of("escucha-activa", "100.0", "empatia", "100.0"), "100.0", false, List.of(), false,
                        "resuelto"),
                arguments("a weak ending is below the pass mark", List.of("a", "b"), AttemptStatus.FAILED,
                        Map.of("escucha-activa", "25.0", "empatia", "50.0"), "33.3", true, List.of(), false,
                        "perdido"),
                arguments("a good ending does not save a missed floor", List.of("b", "a"), AttemptStatus.FAILED,
                        Map.of("escucha-activa", "75.0", "empatia", "0.0"), "50.0", true, List.of("empatia"), false,
                        "resuelto"),
                arguments("an all-negative path scores 0, never below", List.of("b", "b"), AttemptStatus.FAILED,
                        Map.of("escucha-activa", "0.0", "empatia", "0.0"), "0.0", true, List.of("empatia"), false,
                        "perdido"),
                arguments("a critical reply at the first step ends at once, nothing earned", List.of("c"),
                        AttemptStatus.FAILED, Map.of("escucha-activa", "0.0", "empatia", "0.0"), "0.0", true,
                        List.of("empatia"), true, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void gradesAFinishedPathByCompetency(String description, List<String> choices, AttemptStatus status,
                                         Map<String, String> scores, String overall, boolean belowPassMark,
                                         List<String> missedFloors, boolean critical, String ending) {
        LearningFixture.play(attempt, LATER, choices.toArray(String[]::new));

        AttemptResult result = attempt.result().orElseThrow();
        assertThat(attempt.getStatus()).isEqualTo(status);
        assertThat(result.passed()).isEqualTo(status == AttemptStatus.PASSED);
        assertThat(result.competencies().stream().collect(Collectors.toMap(CompetencyResult::getCompetencyCode,
                competency -> competency.getScore().toPlainString()))).isEqualTo(scores);
        assertThat(result.overall()).isEqualByComparingTo(overall);
        assertThat(result.belowPassMark()).isEqualTo(belowPassMark);
        assertThat(result.competencies()).filteredOn(CompetencyResult::isBelowFloor)
                .extracting(CompetencyResult::getCompetencyCode).containsExactlyElementsOf(missedFloors);
        assertThat(result.criticalChoice()).isEqualTo(critical);
        assertThat(result.ending().map(ScenarioEnding::getCode).orElse(null)).isEqualTo(ending);
        assertThat(attempt.getFinishedAt()).isEqualTo(LATER);
        assertThat(attempt.currentStep()).isEmpty();
    }

    static Stream<Arguments> weightings() {
        return Stream.of(
                arguments("weights 2:1", "escucha-activa: 2", "empatia: 1", "50.0"),
                arguments("weights 3:1, summing to 4", "escucha-activa: 3", "empatia: 1", "56.3"),
                arguments("weights 1:1", "escucha-activa: 1", "empatia: 1", "37.5"),
                arguments("empatia only", "escucha-activa: 1", "empatia: 9", "7.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weightings")
    void weighsTheOverallScoreByTheCourseWhateverTheWeightsAddUpTo(String description, String escucha,
                                                                   String empatia, String overall) {
        LearningFixture weighted = LearningFixture.withCourse(course -> course
                .replace("escucha-activa: 2", escucha).replace("empatia: 1", empatia));
        Attempt weightedAttempt = weighted.start(weighted.enrol(), STARTED);

        LearningFixture.play(weightedAttempt, LATER, "b", "a");

        assertThat(weightedAttempt.result().orElseThrow().overall()).isEqualByComparingTo(overall);
    }

    @Test
    void movesToTheStepTheReplyLeadsTo() {
        Answered answered = attempt.answer("saludo", "a", 1, LATER);

        assertThat(answered.repeated()).isFalse();
        assertThat(answered.answer().getSequence()).isEqualTo(1);
        assertThat(attempt.currentStep().orElseThrow().getCode()).isEqualTo("problema");
        assertThat(attempt.getNextSequence()).isEqualTo(2);
        assertThat(attempt.getDecisionsMade()).isEqualTo(1);
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt.result()).isEmpty();
    }

    @Test
    void recordsEveryAnswerInOrderWithItsChoice() {
        LearningFixture.play(attempt, LATER, "b", "a");

        assertThat(attempt.getAnswers()).extracting(AttemptAnswer::getSequence, AttemptAnswer::getStepCode,
                        AttemptAnswer::getChoiceCode, answer -> answer.getChoice().getReply())
                .containsExactly(
                        tuple(1, "saludo", "b", "Dígame su número de cliente."),
                        tuple(2, "problema", "a", "Vamos a revisarlo juntos."));
    }

    @Test
    void showsEachStepsRepliesInTheOrderOfItsSeedEveryTime() {
        ScenarioStep saludo = fixture.scenario().step("saludo").orElseThrow();
        Attempt sameSeed = fixture.start(fixture.enrol(), 2, LATER);

        assertThat(codes(attempt.choicesAsShown(saludo))).as("seed 42").containsExactly("c", "a", "b");
        assertThat(codes(sameSeed.choicesAsShown(saludo))).as("another attempt, the same seed")
                .containsExactly("c", "a", "b");
        assertThat(codes(saludo.getChoices())).as("as authored").containsExactly("a", "b", "c");
    }

    @Test
    void showsEveryReplyOfTheStep() {
        ScenarioStep saludo = fixture.scenario().step("saludo").orElseThrow();

        LongStream.range(0, 50).forEach(seed -> assertThat(new Attempt(fixture.enrol(), fixture.scenario(), 1,
                STARTED, seed).choicesAsShown(saludo)).containsExactlyInAnyOrderElementsOf(saludo.getChoices()));
    }

    @Test
    void recordsWithEachAnswerTheOrderItsRepliesWereShownIn() {
        LearningFixture.play(attempt, LATER, "b", "b");

        assertThat(attempt.getAnswers()).extracting(AttemptAnswer::getStepCode, AttemptAnswer::getShownOrder,
                        AttemptAnswer::getShownPosition)
                .containsExactly(tuple("saludo", List.of("c", "a", "b"), 3), tuple("problema", List.of("b", "a"), 1));
    }

    @Test
    void returnsTheRecordedAnswerForARepeatedRequestAndRecordsNothing() {
        Answered first = attempt.answer("saludo", "a", 1, LATER);

        Answered repeated = attempt.answer("saludo", "a", 1, LATER.plusSeconds(1));

        assertThat(repeated.repeated()).isTrue();
        assertThat(repeated.answer()).isSameAs(first.answer());
        assertThat(attempt.getAnswers()).hasSize(1);
        assertThat(attempt.getNextSequence()).isEqualTo(2);
    }

    @Test
    void returnsTheRecordedFinalAnswerForARepeatedRequestAfterTheEnd() {
        LearningFixture.play(attempt, LATER, "a", "a");

        Answered repeated = attempt.answer("problema", "a", 2, LATER);

        assertThat(repeated.repeated()).isTrue();
        assertThat(attempt.getAnswers()).hasSize(2);
    }

    static Stream<Arguments> rejectedReplies() {
        Function<Attempt, Attempt> fresh = Function.identity();
        Function<Attempt, Attempt> afterFirst = attempt -> LearningFixture.play(attempt, LATER, "a");
        Function<Attempt, Attempt> finished = attempt -> LearningFixture.play(attempt, LATER, "a", "a");
        return Stream.of(
                arguments("a different reply for an answered decision", afterFirst, "saludo", "b", 1,
                        Reason.ALREADY_ANSWERED),
                arguments("another step's reply for an answered decision", afterFirst, "problema", "a", 1,
                        Reason.ALREADY_ANSWERED),
                arguments("a step that is not the current one", fresh, "problema", "a", 1, Reason.NOT_CURRENT_STEP),
                arguments("a decision not reached yet", fresh, "saludo", "a", 2, Reason.NOT_CURRENT_STEP),
                arguments("a decision number below 1", fresh, "saludo", "a", 0, Reason.NOT_CURRENT_STEP),
                arguments("a choice of another step", afterFirst, "problema", "c", 2, Reason.INVALID_CHOICE),
                arguments("a choice no step offers", fresh, "saludo", "z", 1, Reason.INVALID_CHOICE),
                arguments("a new decision after the end", finished, "problema", "a", 3, Reason.FINISHED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedReplies")
    void rejectsAReplyThatIsNotForTheCurrentDecisionAndRecordsNothing(String description,
                                                                       Function<Attempt, Attempt> before,
                                                                       String step, String choice, int sequence,
                                                                       Reason reason) {
        before.apply(attempt);
        int answers = attempt.getAnswers().size();

        assertThatThrownBy(() -> attempt.answer(step, choice, sequence, LATER))
                .isInstanceOfSatisfying(AnswerRejectedException.class,
                        rejected -> assertThat(rejected.getReason()).isEqualTo(reason));
        assertThat(attempt.getAnswers()).hasSize(answers);
    }

    @Test
    void expiresAfterTheDaysTheCourseAllows() {
        Instant expiry = STARTED.plus(Duration.ofDays(14));

        assertThat(attempt.getExpiresAt()).isEqualTo(expiry);
        assertThat(attempt.statusAt(expiry.minusSeconds(1))).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt.statusAt(expiry)).isEqualTo(AttemptStatus.EXPIRED);
        assertThatThrownBy(() -> attempt.answer("saludo", "a", 1, expiry))
                .isInstanceOfSatisfying(AnswerRejectedException.class,
                        rejected -> assertThat(rejected.getReason()).isEqualTo(Reason.EXPIRED));
    }

    @Test
    void storesTheExpiryOnlyOnceItIsDue() {
        Instant expiry = attempt.getExpiresAt();

        assertThatThrownBy(() -> attempt.expire(expiry.minusSeconds(1))).isInstanceOf(IllegalStateException.class);
        attempt.expire(expiry);

        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(attempt.currentStep()).isEmpty();
    }

    @Test
    void aFinishedAttemptNeverExpires() {
        LearningFixture.play(attempt, LATER, "a", "a");

        assertThat(attempt.statusAt(attempt.getExpiresAt().plusSeconds(1))).isEqualTo(AttemptStatus.PASSED);
    }

    @Test
    void pointsToTheCriticalAnswer() {
        LearningFixture.play(attempt, LATER, "c");

        assertThat(attempt.criticalAnswer().orElseThrow().getChoice().getCriticalExplanation())
                .isEqualTo("Rechazar al cliente termina la llamada.");
    }

    @Test
    void aCriticalReplyLeavesEachCompetencyAsEarnedBeforeItAgainstWhatTheStepsFacedOffered() {
        LearningFixture criticalLater = LearningFixture.of(ContentFixture.valid().replace(ContentFixture.SCENARIO, """
                            next: perdido
                    endings:""", """
                            next: perdido
                          - id: c
                            reply: "Eso no es cosa nuestra."
                            feedback: "Le cierras la puerta."
                            effects: { escucha-activa: -2, empatia: -2 }
                            critical: "El cliente cuelga sin solución."
                    endings:"""));
        Attempt cutShort = criticalLater.start(criticalLater.enrol(), STARTED);

        LearningFixture.play(cutShort, LATER, "a", "c");

        // Faced: saludo (best escucha-activa 2, empatia 2) and problema (best escucha-activa 2); earned before the
        // critical reply: saludo's a (2, 2). Before, the reply's -2 took both to what a weak path scores.
        AttemptResult result = cutShort.result().orElseThrow();
        assertThat(result.competencies().stream().collect(Collectors.toMap(CompetencyResult::getCompetencyCode,
                competency -> competency.getScore().toPlainString())))
                .isEqualTo(Map.of("escucha-activa", "50.0", "empatia", "100.0"));
        assertThat(result.overall()).isEqualByComparingTo("66.7");
        assertThat(result.criticalChoice()).isTrue();
        assertThat(result.passed()).isFalse();
        assertThat(cutShort.getStatus()).isEqualTo(AttemptStatus.FAILED);
    }

    @Test
    void refusesAScenarioOfAnotherCourseVersion() {
        LearningFixture other = LearningFixture.standard();

        assertThatThrownBy(() -> new Attempt(fixture.enrol(), other.scenario(), 1, STARTED, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> codes(List<Choice> choices) {
        return choices.stream().map(Choice::getCode).toList();
    }
}
