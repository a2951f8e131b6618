package com.atiende.web.learner;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.finalassessment.FinalAssessmentService;
import com.atiende.assessment.finalassessment.FinalAssessmentView;
import com.atiende.assessment.finalassessment.FinalAssessmentView.OptionView;
import com.atiende.assessment.finalassessment.FinalAssessmentView.QuestionView;
import com.atiende.assessment.finalassessment.IncompleteAnswersException;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A course's final assessment: its rules, the questions of the attempt under way as one form, and the result with
 * feedback on every answer. Stateless like the player: the page names the enrolment, the form posts plain fields
 * (the action, the attempt, one radio group per question), and after a start or a complete submission the browser
 * is sent back to the page by GET. A submission with questions unanswered records nothing and shows the page again
 * with what was chosen kept and each unanswered question marked.
 */
@Named
@RequestScoped
public class FinalAssessmentPage {

    /** The radio group of a question is named this, then the question's code. */
    static final String ANSWER = "answer-";

    @EJB
    private FinalAssessmentService assessments;

    @Inject
    private CurrentUser currentUser;

    private FinalAssessmentView view;
    private AssessmentException failure;
    private final Map<String, Integer> posted = new HashMap<>();
    private final Set<String> unanswered = new HashSet<>();

    @PostConstruct
    void open() {
        PageRequest.id("enrolment").ifPresent(enrolment -> {
            try {
                view = assessments.open(currentUser.learnerId(), enrolment);
            } catch (AssessmentException refused) {
                failure = refused;
            }
        });
    }

    /** Before the page renders: an enrolment that is missing, not the visitor's or without an assessment is a 404. */
    public void checkFound() {
        Failures.unlessLoaded(view, failure);
    }

    /** The posted action: {@code start} a new attempt, or {@code submit} the answers of the one under way. */
    public void act() throws IOException {
        if (view == null) {
            return;
        }
        String action = PageRequest.text("act").orElse("");
        try {
            if ("start".equals(action)) {
                view = assessments.start(currentUser.learnerId(), view.enrolmentId());
            } else if ("submit".equals(action) && view.attempt() != null) {
                readAnswers();
                long attempt = PageRequest.id("attempt").orElse(view.attempt().attemptId());
                view = assessments.submit(currentUser.learnerId(), attempt, posted);
                backToPage("result");
                return;
            }
        } catch (IncompleteAnswersException incomplete) {
            unanswered.addAll(incomplete.getQuestionCodes());
            Messages.error(null, incomplete.getMessageKey(), incomplete.getArguments());
            return;
        } catch (AssessmentException refused) {
            if (refused instanceof NotFoundException) {
                Failures.notFound();
                return;
            }
            Messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
        backToPage("main");
    }

    private void readAnswers() {
        for (QuestionView question : view.attempt().questions()) {
            PageRequest.text(ANSWER + question.code()).flatMap(FinalAssessmentPage::index)
                    .ifPresent(index -> posted.put(question.code(), index));
        }
    }

    private static Optional<Integer> index(String value) {
        try {
            return Optional.of(Integer.valueOf(value));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private void backToPage(String anchor) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/learner/assessment.xhtml?enrolment="
                + view.enrolmentId() + "#" + anchor);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Whether a submission left this question unanswered: the page marks it. */
    public boolean isUnanswered(QuestionView question) {
        return unanswered.contains(question.code());
    }

    /** Whether this option was chosen in a submission the page shows again, so that no answer is lost. */
    public boolean isPosted(QuestionView question, OptionView option) {
        return Integer.valueOf(option.index()).equals(posted.get(question.code()));
    }

    /** The chosen option's text, in the review of a submitted attempt. */
    public String chosenText(QuestionView question) {
        return question.options().stream().filter(option -> Integer.valueOf(option.index()).equals(question.chosen()))
                .map(OptionView::text).findFirst().orElse("");
    }

    public FinalAssessmentView getView() {
        return view;
    }
}
