package com.atiende.web.learner;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.enrolment.EnrolmentService;
import com.atiende.assessment.learning.LearningService;
import com.atiende.assessment.learning.LessonView;
import com.atiende.web.common.Messages;
import com.atiende.web.common.SafeMarkdown;
import com.atiende.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * The lesson reader: the lesson rendered from Markdown (sanitized), key takeaways, self-check questions (answered in
 * the browser), and "mark as read", which may complete the course. The page is stateless: each request, the first
 * one or the "mark as read" post, names the enrolment and the lesson.
 */
@Named
@RequestScoped
public class LessonPage {

    @EJB
    private LearningService reading;

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SafeMarkdown markdown;

    private LessonView lesson;
    private String html;
    private AssessmentException failure;

    @PostConstruct
    void open() {
        Optional<Long> enrolment = PageRequest.id("enrolment");
        Optional<String> code = PageRequest.text("lesson");
        if (enrolment.isPresent() && code.isPresent()) {
            show(enrolment.get(), code.get());
        }
    }

    /** Before the page renders: a lesson that is missing or not the visitor's is a 404, another refusal a message. */
    public void checkFound() {
        Failures.unlessLoaded(lesson, failure);
    }

    /**
     * Marks the lesson read and shows it again by GET (post/redirect/get: a reload does not post twice), at the form:
     * the learner pressed the button at the foot of the lesson and sees the confirmation and the way on beside it,
     * not the top of the lesson just finished.
     */
    public void markRead() throws IOException {
        try {
            enrolments.markLessonRead(currentUser.learnerId(), lesson.enrolmentId(), lesson.code());
        } catch (AssessmentException refused) {
            Failures.show(refused);
            return;
        }
        Messages.info("lesson.markedRead");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/learner/lesson.xhtml?enrolment=" + lesson.enrolmentId()
                + "&lesson=" + lesson.code() + "#reading");
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void show(long enrolment, String code) {
        try {
            lesson = reading.lesson(currentUser.learnerId(), enrolment, code);
            html = markdown.toHtml(lesson.markdown());
        } catch (AssessmentException refused) {
            failure = refused;
        }
    }

    public LessonView getLesson() {
        return lesson;
    }

    public String getHtml() {
        return html;
    }
}
