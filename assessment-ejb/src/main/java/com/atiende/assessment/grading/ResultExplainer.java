package com.atiende.assessment.grading;

import com.atiende.domain.attempt.Advice;
import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.AttemptResult;
import com.atiende.domain.attempt.CompetencyResult;
import com.atiende.domain.attempt.Highlights;
import com.atiende.domain.competency.Competency;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.ScenarioStep;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a graded attempt into its {@link ResultView}: the domain's grade, the course's weights and floors, and the
 * names and descriptions of the competencies, which give the advice its words.
 */
public final class ResultExplainer {

    private ResultExplainer() {
    }

    /**
     * @param competencies every competency by code; a code without one is shown by its code
     * @throws IllegalStateException when the attempt is not graded
     */
    public static ResultView explain(Attempt attempt, Map<String, Competency> competencies) {
        AttemptResult result = attempt.result()
                .orElseThrow(() -> new IllegalStateException("attempt " + attempt.getId() + " is not graded"));
        Course course = attempt.getScenario().getCourse();
        Function<String, Competency> named = code -> competencies.getOrDefault(code,
                new Competency(code, code, code, "", ""));
        List<CompetencyScoreView> scores = result.competencies().stream()
                .sorted(Comparator.comparing((CompetencyResult score) ->
                        course.getWeights().getOrDefault(score.getCompetencyCode(), 0)).reversed()
                        .thenComparing(CompetencyResult::getCompetencyCode))
                .map(score -> {
                    Competency competency = named.apply(score.getCompetencyCode());
                    return new CompetencyScoreView(competency.getCode(), competency.getNameEs(),
                            competency.getNameEn(), score.getScore(),
                            course.getWeights().getOrDefault(competency.getCode(), 0),
                            course.getFloors().get(competency.getCode()), score.isBelowFloor());
                })
                .toList();
        Highlights highlights = Highlights.of(result.competencies(), course.getWeights());
        AdviceView strongest = highlights.strongest()
                .map(score -> advice(score, named.apply(score.getCompetencyCode()), Advice::forStrength))
                .orElse(null);
        AdviceView weakest = highlights.weakest()
                .map(score -> advice(score, named.apply(score.getCompetencyCode()), Advice::forWeakness))
                .orElse(null);
        List<FeedbackLine> feedback = attempt.getAnswers().stream().map(answer -> {
            Choice choice = answer.getChoice();
            return new FeedbackLine(answer.getSequence(), answer.getStepCode(),
                    attempt.getScenario().step(answer.getStepCode()).map(ScenarioStep::getSays).orElse(""),
                    choice.getReply(), choice.getFeedback(), choice.getCriticalExplanation());
        }).toList();
        return new ResultView(attempt.getId(), attempt.getAttemptNumber(), attempt.getScenario().getCode(),
                attempt.getScenario().getTitle(), attempt.getStatus(), result.passed(), result.overall(),
                course.getPassRules().getPassMark(), result.belowPassMark(), result.criticalChoice(),
                attempt.criticalAnswer().map(answer -> answer.getChoice().getCriticalExplanation()).orElse(null),
                result.ending().map(ending -> new ResultView.Ending(ending.getCode(), ending.getTitle(),
                        ending.getOutcome())).orElse(null),
                scores, strongest, weakest, feedback);
    }

    private static AdviceView advice(CompetencyResult score, Competency competency,
                                     Function<Competency, Advice> advise) {
        Advice advice = advise.apply(competency);
        return new AdviceView(competency.getCode(), competency.getNameEs(), competency.getNameEn(), score.getScore(),
                advice.es(), advice.en());
    }
}
