package com.atiende.web.learner;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.ConflictException;
import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.attempt.AttemptService;
import com.atiende.assessment.attempt.AttemptView;
import com.atiende.assessment.attempt.ChoiceOutcome;
import com.atiende.assessment.attempt.StepView;
import com.atiende.assessment.grading.CompetencyScoreView;
import com.atiende.web.common.LocaleSelection;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The role-play player. The server holds the attempt: the page shows the transcript, the current line and the
 * replies (never their effects), and posts the chosen reply with the step and decision number it answers; then the
 * browser is redirected to the page again (post/redirect/get), so a reload never answers twice. A repeated click or
 * a second tab cannot record two answers; reloading, signing out or a restart resumes at the same step. At the end
 * it shows the result: ending, scores, advice and the review. The page is stateless: nothing is kept between
 * requests but the attempt itself.
 */
@Named
@RequestScoped
public class PlayerPage {

    /** The chart's text size in CSS pixels: at least 12, as the interface's smallest text. */
    static final int CHART_TEXT_PX = 13;
    /** The longest line of a competency's name on the chart. */
    static final int CHART_LINE = 16;

    @EJB
    private AttemptService attempts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    private AttemptView view;
    private AssessmentException failure;

    @PostConstruct
    void open() {
        PageRequest.id("attempt").ifPresent(attempt -> {
            try {
                view = attempts.current(currentUser.learnerId(), attempt);
            } catch (AssessmentException refused) {
                failure = refused;
            }
        });
    }

    /** Before the page renders: an attempt that is missing or not the visitor's is a 404. */
    public void checkFound() {
        Failures.unlessLoaded(view, failure);
    }

    /**
     * Records the reply posted with the step and decision number the page showed, then shows the attempt again.
     * Another tab's answer or a stale page becomes a message on the page, not a second answer.
     */
    public void answer() throws IOException {
        if (view == null) {
            return;
        }
        String lands = "says";
        Optional<String> reply = PageRequest.text("reply");
        Optional<String> step = PageRequest.text("step");
        Optional<Long> sequence = PageRequest.id("sequence");
        if (reply.isPresent() && step.isPresent() && sequence.isPresent() && sequence.get() <= Integer.MAX_VALUE) {
            try {
                ChoiceOutcome outcome = attempts.choose(currentUser.learnerId(), view.attemptId(), step.get(),
                        reply.get(), sequence.get().intValue());
                lands = outcome.next() == null ? "main" : "says";
            } catch (ConflictException conflict) {
                Messages.error(null, conflict.getMessageKey(), conflict.getArguments());
            } catch (AssessmentException refused) {
                if (refused instanceof NotFoundException) {
                    Failures.notFound();
                    return;
                }
                Messages.error(null, refused.getMessageKey(), refused.getArguments());
            }
        }
        // Back to the page by GET, landing on the new line (or the result) so that keyboard and screen-reader
        // users continue where the conversation did.
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/learner/play.xhtml?attempt=" + view.attemptId() + "#" + lands);
        FacesContext.getCurrentInstance().responseComplete();
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

    /**
     * Chart.js configuration for the result's competency scores, as PrimeFaces' p:chart takes it. The names are set
     * on lines of a few words, in type of 13 px, so that a radar as narrow as a phone's still has room for them all
     * (on one line "Orientación a soluciones" ran off the canvas); no legend, since the one series is named by the
     * chart's label and its figures are in the table beside it.
     */
    public String getChart() {
        String language = localeSelection.getLanguage();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (CompetencyScoreView competency : view.result().competencies()) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            chartLines(competency.name(language)).forEach(lines::add);
            labels.add(lines);
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
                        .add("layout", Json.createObjectBuilder().add("padding", 24))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("r", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100)
                                .add("pointLabels", Json.createObjectBuilder()
                                        .add("color", "#1f2933")
                                        .add("font", Json.createObjectBuilder().add("size", CHART_TEXT_PX)))
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 25)
                                        .add("color", "#3e4c59")
                                        .add("font", Json.createObjectBuilder().add("size", CHART_TEXT_PX - 1))))))
                .build().toString();
    }

    /** A competency's name on lines of at most {@link #CHART_LINE} characters, broken between words. */
    static List<String> chartLines(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CHART_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Share of the best path already walked, for the progress bar. */
    public int getProgress() {
        StepView step = view.step();
        if (step == null || step.bestPathDecisions() == 0) {
            return 100;
        }
        return Math.min(100, Math.round(100f * step.decisionsMade() / step.bestPathDecisions()));
    }

    public AttemptView getView() {
        return view;
    }
}
