package com.atiende.web.learner;

import com.atiende.assessment.attempt.AttemptService;
import com.atiende.assessment.attempt.AttemptView;
import com.atiende.assessment.attempt.ChoiceOutcome;
import com.atiende.assessment.attempt.StepView;
import com.atiende.assessment.enrolment.AssessmentException;
import com.atiende.assessment.enrolment.ConflictException;
import com.atiende.assessment.grading.CompetencyScoreView;
import com.atiende.assessment.grading.ResultView;
import com.atiende.web.common.LocaleSelection;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The role-play player. The server holds the attempt: the page shows the current line and the replies (never
 * their effects), sends the chosen reply with the step and sequence it answers, and shows the feedback and the
 * next line. A repeated click or a second tab cannot record two answers; reloading, signing out or a restart
 * resumes at the same step. At the end it shows the result: ending, scores, advice and the review.
 */
@Named
@ViewScoped
public class PlayerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttemptService attempts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    private Long attempt;
    private AttemptView view;
    private StepView step;
    private ResultView result;
    /** The exchanges played on this page, oldest first: what the person said, the reply, the feedback. */
    private final List<Exchange> transcript = new ArrayList<>();

    /** One turn of the conversation as shown in the transcript. */
    public record Exchange(String says, String reply, String feedback, boolean critical) implements Serializable {
    }

    public void load() {
        if (attempt == null) {
            Failures.notFound();
            return;
        }
        try {
            view = attempts.current(currentUser.learnerId(), attempt);
            step = view.step();
            result = view.result();
        } catch (AssessmentException failure) {
            Failures.show(failure);
        }
    }

    public void choose(String choiceCode) {
        if (step == null) {
            return;
        }
        try {
            // The loaded attempt names itself: view parameters are not re-sent with a form post.
            ChoiceOutcome outcome = attempts.choose(currentUser.learnerId(), view.attemptId(), step.stepCode(), choiceCode, step.sequence());
            transcript.add(new Exchange(step.says(), outcome.reply(), outcome.feedback(), outcome.criticalExplanation() != null));
            step = outcome.next();
            result = outcome.result();
        } catch (ConflictException conflict) {
            Messages.error(null, conflict.getMessageKey(), conflict.getArguments());
            attempt = view.attemptId();
            load();
        } catch (AssessmentException failure) {
            Failures.show(failure);
        }
    }

    /** Starts the next attempt of the same role-play, when the course allows one. */
    public String retry() {
        try {
            AttemptView next = attempts.start(currentUser.learnerId(), view.enrolmentId(), view.scenarioCode());
            return "/learner/play?faces-redirect=true&attempt=" + next.attemptId();
        } catch (AssessmentException failure) {
            Failures.show(failure);
            return null;
        }
    }

    /** Chart.js configuration for the result's competency scores, as PrimeFaces' p:chart takes it. */
    public String getChart() {
        String language = localeSelection.getLanguage();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (CompetencyScoreView competency : result.competencies()) {
            labels.add(competency.name(language));
            scores.add(competency.score());
        }
        return Json.createObjectBuilder()
                .add("type", "radar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text("player.chartLabel"))
                                .add("data", scores)
                                .add("backgroundColor", "rgba(11, 95, 138, 0.2)")
                                .add("borderColor", "#0b5f8a")
                                .add("pointBackgroundColor", "#084766"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("r", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100)
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 25)))))
                .build().toString();
    }

    /** Share of the best path already walked, for the progress bar. */
    public int getProgress() {
        if (step == null || step.bestPathDecisions() == 0) {
            return 100;
        }
        return Math.min(100, Math.round(100f * step.decisionsMade() / step.bestPathDecisions()));
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }

    public AttemptView getView() {
        return view;
    }

    public StepView getStep() {
        return step;
    }

    public ResultView getResult() {
        return result;
    }

    public List<Exchange> getTranscript() {
        return transcript;
    }
}
