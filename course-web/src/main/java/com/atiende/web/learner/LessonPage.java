package com.atiende.web.learner;

import com.atiende.assessment.enrolment.AssessmentException;
import com.atiende.assessment.enrolment.EnrolmentService;
import com.atiende.assessment.learning.CourseReading;
import com.atiende.assessment.learning.LessonView;
import com.atiende.web.common.Messages;
import com.atiende.web.common.SafeMarkdown;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The lesson reader: the lesson rendered from Markdown (sanitized), key takeaways, self-check questions with
 * immediate feedback, and "mark as read", which may complete the course.
 */
@Named
@ViewScoped
public class LessonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CourseReading reading;

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SafeMarkdown markdown;

    private Long enrolment;
    private String code;
    private LessonView lesson;
    private String html;
    /** The option each self-check question was answered with, by question index. */
    private final Map<Integer, Integer> answers = new HashMap<>();

    public void load() {
        if (enrolment == null || code == null) {
            Failures.notFound();
            return;
        }
        try {
            lesson = reading.lesson(currentUser.learnerId(), enrolment, code);
            html = markdown.toHtml(lesson.markdown());
        } catch (AssessmentException failure) {
            Failures.show(failure);
        }
    }

    public void answer(int question, int option) {
        if (question >= 0 && question < lesson.questions().size()
                && option >= 0 && option < lesson.questions().get(question).options().size()) {
            answers.put(question, option);
        }
    }

    public LessonView.Option answered(int question) {
        Integer option = answers.get(question);
        return option == null ? null : lesson.questions().get(question).options().get(option);
    }

    public boolean isChosen(int question, int option) {
        return Integer.valueOf(option).equals(answers.get(question));
    }

    public void markRead() {
        try {
            // The loaded lesson names its enrolment: view parameters are not re-sent with a form post.
            enrolments.markLessonRead(currentUser.learnerId(), lesson.enrolmentId(), lesson.code());
            lesson = reading.lesson(currentUser.learnerId(), lesson.enrolmentId(), lesson.code());
            Messages.info("lesson.markedRead");
        } catch (AssessmentException failure) {
            Failures.show(failure);
        }
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LessonView getLesson() {
        return lesson;
    }

    public String getHtml() {
        return html;
    }
}
