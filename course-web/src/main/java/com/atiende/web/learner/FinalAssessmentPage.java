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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A course's final assessment: its rules, the questions of the attempt under way as one form, and the result with
 * feedback on every answer. Stateless like the player: the page names the enrolment, the form posts plain fields
 * (the action, the attempt, one radio group per question), and after every post the browser is sent back to the
 * page by GET (a stateless view cannot be rendered in answer to its own post: PrimeFaces finds no CSP nonce). A
 * submission with questions unanswered records nothing; the page it leads to carries what was chosen and which
 * questions are missing in its address, so that it shows them chosen and marked.
 */
@Named
@RequestScoped
public class FinalAssessmentPage {

    /** The radio group of a question is named this, then the question's code. */
    static final String ANSWER = "answer-";
    /** The page's parameter naming a question a submission left unanswered; repeated for each. */
    static final String UNANSWERED = "unanswered";

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
        if (view != null && view.attempt() != null && !view.attempt().submitted()) {
            readAnswers();
            String[] missing = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                    .get(UNANSWERED);
            if (missing != null) {
                unanswered.addAll(Arrays.asList(missing));
            }
        }
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
        StringBuilder query = new StringBuilder();
        String anchor = "main";
        try {
            if ("start".equals(action)) {
                view = assessments.start(currentUser.learnerId(), view.enrolmentId());
            } else if ("submit".equals(action) && view.attempt() != null) {
                long attempt = PageRequest.id("attempt").orElse(view.attempt().attemptId());
                view = assessments.submit(currentUser.learnerId(), attempt, posted);
                anchor = "result";
            }
        } catch (IncompleteAnswersException incomplete) {
            Messages.error(null, incomplete.getMessageKey(), incomplete.getArguments());
            posted.forEach((question, option) -> query.append('&').append(encode(ANSWER + question)).append('=')
                    .append(option));
            incomplete.getQuestionCodes().forEach(question -> query.append('&').append(UNANSWERED).append('=')
                    .append(encode(question)));
            anchor = "questions";
        } catch (AssessmentException refused) {
            if (refused instanceof NotFoundException) {
                Failures.notFound();
                return;
            }
            Messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/learner/assessment.xhtml?enrolment="
                + view.enrolmentId() + query + "#" + anchor);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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

    /** Whether a submission left this question unanswered: the page marks it. */
    public boolean isUnanswered(QuestionView question) {
        return unanswered.contains(question.code());
    }

    /** Whether this option was chosen in a submission that the page shows again, so that no answer is lost. */
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
