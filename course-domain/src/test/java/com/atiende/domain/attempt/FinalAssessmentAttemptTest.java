package com.atiende.domain.attempt;

import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.QuestionDraw;
import com.atiende.domain.enrolment.Enrolment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fixture's assessment: three questions, two drawn, pass mark 60; option 0 is the right one of each. */
class FinalAssessmentAttemptTest {

    private static final Instant STARTED = LearningFixture.ENROLLED.plusSeconds(3600);
    private static final Instant SUBMITTED = STARTED.plusSeconds(600);

    private final LearningFixture fixture = LearningFixture.withFinalAssessment();
    private final FinalAssessment assessment = fixture.finalAssessment();
    private final Enrolment enrolment = fixture.enrol();

    private FinalAssessmentAttempt start(long seed) {
        List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(assessment.candidates(),
                assessment.getQuestionsPerAttempt(), seed, Set.of());
        return new FinalAssessmentAttempt(enrolment, assessment, 1, drawn, STARTED);
    }

    @Test
    void startsWithTheDrawnQuestionsAndTheOrderOfTheirOptions() {
        FinalAssessmentAttempt attempt = start(3L);

        List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(assessment.candidates(), 2, 3L, Set.of());
        assertThat(attempt.getAnswers()).extracting(AssessmentAnswer::getQuestionCode)
                .containsExactlyElementsOf(drawn.stream().map(QuestionDraw.Drawn::id).toList());
        assertThat(attempt.getAnswers()).extracting(AssessmentAnswer::getShownOrder)
                .containsExactlyElementsOf(drawn.stream().map(QuestionDraw.Drawn::optionOrder).toList());
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt.getAnswers()).allSatisfy(answer -> assertThat(answer.getChosenOption()).isNull());
    }

    @Test
    void passesWithEveryAnswerRight() {
        FinalAssessmentAttempt attempt = start(1L);

        attempt.submit(answers(attempt, 0, 0), SUBMITTED);

        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.PASSED);
        assertThat(attempt.getScore()).isEqualTo(100);
        assertThat(attempt.getCorrectCount()).isEqualTo(2);
        assertThat(attempt.getSubmittedAt()).isEqualTo(SUBMITTED);
        assertThat(attempt.getAnswers()).allSatisfy(answer -> {
            assertThat(answer.getChosenOption()).isZero();
            assertThat(answer.getCorrect()).isTrue();
        });
    }

    @Test
    void failsBelowThePassMark() {
        FinalAssessmentAttempt attempt = start(1L);

        attempt.submit(answers(attempt, 0, 1), SUBMITTED);

        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.FAILED);
        assertThat(attempt.getScore()).isEqualTo(50);
        assertThat(attempt.getAnswers()).extracting(AssessmentAnswer::getCorrect).containsExactly(true, false);
    }

    @Test
    void refusesASubmissionWithAQuestionUnansweredAndRecordsNothing() {
        FinalAssessmentAttempt attempt = start(1L);
        String second = attempt.getAnswers().get(1).getQuestionCode();

        assertThatThrownBy(() -> attempt.submit(Map.of(attempt.getAnswers().get(0).getQuestionCode(), 0), SUBMITTED))
                .isInstanceOfSatisfying(IncompleteSubmissionException.class,
                        refused -> assertThat(refused.getQuestionCodes()).containsExactly(second));
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt.getAnswers()).allSatisfy(answer -> assertThat(answer.getChosenOption()).isNull());
    }

    @Test
    void refusesAnOptionTheQuestionDoesNotHave() {
        FinalAssessmentAttempt attempt = start(1L);

        assertThatThrownBy(() -> attempt.submit(answers(attempt, 0, 7), SUBMITTED))
                .isInstanceOfSatisfying(IncompleteSubmissionException.class, refused -> assertThat(
                        refused.getQuestionCodes()).containsExactly(attempt.getAnswers().get(1).getQuestionCode()));
    }

    @Test
    void isSubmittedOnceAndTheSameAnswersAgainChangeNothing() {
        FinalAssessmentAttempt attempt = start(1L);
        assertThat(attempt.submit(answers(attempt, 0, 1), SUBMITTED)).isTrue();

        assertThat(attempt.submit(answers(attempt, 0, 1), SUBMITTED.plusSeconds(5))).as("a repeat").isFalse();
        assertThat(attempt.getSubmittedAt()).isEqualTo(SUBMITTED);
        assertThatThrownBy(() -> attempt.submit(answers(attempt, 0, 0), SUBMITTED.plusSeconds(5)))
                .isInstanceOfSatisfying(AnswerRejectedException.class,
                        refused -> assertThat(refused.getReason()).isEqualTo(AnswerRejectedException.Reason.FINISHED));
        assertThat(attempt.getScore()).isEqualTo(50);
    }

    @Test
    void refusesADrawOfAnotherSize() {
        List<QuestionDraw.Drawn> one = QuestionDraw.draw(assessment.candidates(), 1, 1L, Set.of());

        assertThatThrownBy(() -> new FinalAssessmentAttempt(enrolment, assessment, 1, one, STARTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} of {1} is {2} %")
    @CsvSource({"7, 9, 78", "2, 3, 67", "1, 2, 50", "1, 8, 13", "0, 10, 0", "10, 10, 100", "5, 12, 42"})
    void scoresThePercentageRoundedHalfUp(int right, int total, int percent) {
        assertThat(FinalAssessmentAttempt.percentage(right, total)).isEqualTo(percent);
    }

    @Test
    void thePolicyResumesRefusesAfterAPassAndAfterTheLimitAndMakesLearnersWait() {
        FinalAssessmentPolicy policy = new FinalAssessmentPolicy(assessment);
        AssessmentAttemptRecord open = new AssessmentAttemptRecord(1L, 9L, 1, AttemptStatus.IN_PROGRESS, 0, STARTED,
                null);
        AssessmentAttemptRecord failed = new AssessmentAttemptRecord(1L, 9L, 1, AttemptStatus.FAILED, 50, STARTED,
                SUBMITTED);
        AssessmentAttemptRecord passed = new AssessmentAttemptRecord(2L, 9L, 2, AttemptStatus.PASSED, 100, STARTED,
                SUBMITTED);

        assertThat(policy.resumable(List.of(open))).contains(open);
        assertThat(policy.resumable(List.of(failed))).isEmpty();
        FinalAssessmentAttempt first = start(1L);
        assertThat(FinalAssessmentPolicy.seenBefore(List.of(first))).containsExactlyInAnyOrderElementsOf(
                first.getAnswers().stream().map(AssessmentAnswer::getQuestionCode).toList());
        assertThat(policy.nextAttemptNumber(List.of(failed))).isEqualTo(2);
        assertThat(FinalAssessmentPolicy.passed(List.of(failed, passed))).isTrue();
        assertRefused(() -> policy.checkCanStart(List.of(failed, passed), SUBMITTED.plus(Duration.ofDays(1))),
                AttemptNotAllowedException.Reason.ASSESSMENT_PASSED);
        assertRefused(() -> policy.checkCanStart(List.of(failed), SUBMITTED.plus(Duration.ofMinutes(29))),
                AttemptNotAllowedException.Reason.ASSESSMENT_COOLING_DOWN);
        policy.checkCanStart(List.of(failed), SUBMITTED.plus(Duration.ofMinutes(30)));
        List<AssessmentAttemptRecord> three = List.of(failed, failed, failed);
        assertRefused(() -> policy.checkCanStart(three, SUBMITTED.plus(Duration.ofDays(1))),
                AttemptNotAllowedException.Reason.ASSESSMENT_LIMIT_REACHED);
    }

    private static void assertRefused(Runnable start, AttemptNotAllowedException.Reason reason) {
        assertThatThrownBy(start::run).isInstanceOfSatisfying(AttemptNotAllowedException.class,
                refused -> assertThat(refused.getReason()).isEqualTo(reason));
    }

    /** Chooses, for the attempt's questions in order, these options (indexes in the author's order). */
    private static Map<String, Integer> answers(FinalAssessmentAttempt attempt, int first, int second) {
        return Map.of(attempt.getAnswers().get(0).getQuestionCode(), first,
                attempt.getAnswers().get(1).getQuestionCode(), second);
    }
}
