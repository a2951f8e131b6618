package com.atiende.web.learner;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.attempt.AttemptService;
import com.atiende.assessment.attempt.AttemptView;
import com.atiende.assessment.enrolment.EnrolmentDetail;
import com.atiende.assessment.enrolment.EnrolmentService;
import com.atiende.assessment.enrolment.ItemProgress;
import com.atiende.assessment.learning.LearningService;
import com.atiende.assessment.learning.RulesView;
import com.atiende.domain.course.CourseItemKind;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A course inside the learner's enrolment: its lessons and role-plays in order, what is done and what comes
 * next, and the pass rules in plain words. The enrolment id comes from the URL, and the service answers only
 * for the signed-in learner's own enrolments.
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private LearningService reading;

    @EJB
    private AttemptService attempts;

    @Inject
    private CurrentUser currentUser;

    private Long enrolment;
    private EnrolmentDetail detail;
    private RulesView rules;

    /** View action: loads the enrolment, or answers 404 when it is not the visitor's. */
    public void load() {
        if (enrolment == null) {
            Failures.notFound();
            return;
        }
        try {
            detail = enrolments.progress(currentUser.learnerId(), enrolment);
            rules = reading.rules(currentUser.learnerId(), enrolment);
        } catch (AssessmentException failure) {
            Failures.show(failure);
        }
    }

    /** The first item not done yet: where "continue" leads. */
    public ItemProgress getNext() {
        return detail.progress().next();
    }

    /**
     * Starts a role-play, or resumes the attempt in progress, and opens the player; the final assessment opens on its
     * own page, which says what it asks before anything starts.
     */
    public String play(String scenarioCode) {
        boolean assessment = detail.items().stream().anyMatch(item -> item.code().equals(scenarioCode)
                && item.kind() == CourseItemKind.FINAL_ASSESSMENT);
        if (assessment) {
            return "/learner/assessment?faces-redirect=true&enrolment=" + detail.progress().enrolmentId();
        }
        try {
            // The loaded enrolment names itself: view parameters are not re-sent with a form post.
            AttemptView attempt = attempts.start(currentUser.learnerId(), detail.progress().enrolmentId(), scenarioCode);
            return "/learner/play?faces-redirect=true&attempt=" + attempt.attemptId();
        } catch (AssessmentException failure) {
            Failures.show(failure);
            return null;
        }
    }

    /** The message key of a role-play's button: resume the attempt in progress, retry after one, or start. */
    public String playLabelKey(ItemProgress item) {
        if (item.openAttemptId() != null) {
            return "course.resume";
        }
        return item.attemptsUsed() > 0 ? "course.retry" : "course.start";
    }

    public boolean isLesson(ItemProgress item) {
        return item.kind() == CourseItemKind.LESSON;
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public EnrolmentDetail getDetail() {
        return detail;
    }

    public RulesView getRules() {
        return rules;
    }
}
