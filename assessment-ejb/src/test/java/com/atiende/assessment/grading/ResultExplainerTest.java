package com.atiende.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.atiende.domain.attempt.AttemptStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultExplainerTest {

    @Test
    void explainsAPassWithScoresAdviceEndingAndFeedbackInOrder() {
        ResultView result = ResultExplainer.explain(TestCourse.play(TestCourse.enrolment(), 1, "a", "a"),
                TestCourse.COMPETENCIES);

        assertThat(result.status()).isEqualTo(AttemptStatus.PASSED);
        assertThat(result.overall()).isEqualByComparingTo("100.0");
        assertThat(result.passMark()).isEqualTo(60);
        assertThat(result.ending()).isEqualTo(new ResultView.Ending("bien", "Resuelto", "Cuelga contento."));
        assertThat(result.competencies()).extracting(CompetencyScoreView::code, CompetencyScoreView::weight,
                        CompetencyScoreView::floor)
                .containsExactly(tuple("escucha", 2, null), tuple("empatia", 1, 50));
        assertThat(result.strongest().code()).isEqualTo("escucha");
        assertThat(result.strongest().advice("en")).isEqualTo("Keep letting people speak.");
        assertThat(result.weakest()).isNull();
        assertThat(result.feedback()).extracting(FeedbackLine::sequence, FeedbackLine::says, FeedbackLine::reply,
                        FeedbackLine::feedback)
                .containsExactly(tuple(1, "Hola.", "Le escucho.", "Escuchas."),
                        tuple(2, "No funciona.", "Lo reviso.", "Te haces cargo."));
    }

    @Test
    void explainsEveryReasonAFailFailed() {
        ResultView result = ResultExplainer.explain(TestCourse.play(TestCourse.enrolment(), 1, "b", "a"),
                TestCourse.COMPETENCIES);

        assertThat(result.passed()).isFalse();
        assertThat(result.belowPassMark()).isTrue();
        assertThat(result.competencies()).filteredOn(CompetencyScoreView::belowFloor)
                .extracting(CompetencyScoreView::code).containsExactly("empatia");
        assertThat(result.weakest().code()).isEqualTo("empatia");
        assertThat(result.weakest().advice("es")).isEqualTo("Céntrate en entender a la otra persona.");
        assertThat(result.criticalChoice()).isFalse();
        assertThat(result.criticalExplanation()).isNull();
    }

    @Test
    void explainsACriticalChoiceWithoutAnEnding() {
        ResultView result = ResultExplainer.explain(TestCourse.play(TestCourse.enrolment(), 1, "c"),
                TestCourse.COMPETENCIES);

        assertThat(result.criticalChoice()).isTrue();
        assertThat(result.criticalExplanation()).isEqualTo("Rechazas al cliente.");
        assertThat(result.ending()).isNull();
        assertThat(result.strongest()).isNull();
        assertThat(result.feedback()).singleElement()
                .extracting(FeedbackLine::criticalExplanation).isEqualTo("Rechazas al cliente.");
    }

    @Test
    void namesACompetencyWithoutARowByItsCode() {
        ResultView result = ResultExplainer.explain(TestCourse.play(TestCourse.enrolment(), 1, "a", "a"), Map.of());

        assertThat(result.competencies()).extracting(CompetencyScoreView::nameEs)
                .containsExactly("escucha", "empatia");
    }

    @Test
    void refusesAnAttemptNotYetGraded() {
        assertThatThrownBy(() -> ResultExplainer.explain(TestCourse.play(TestCourse.enrolment(), 1, "a"),
                TestCourse.COMPETENCIES)).isInstanceOf(IllegalStateException.class);
    }
}
