package com.atiende.web.learner;

import com.atiende.assessment.enrolment.EnrolmentProgress;
import com.atiende.assessment.enrolment.EnrolmentService;
import com.atiende.assessment.enrolment.ItemProgress;
import com.atiende.domain.course.CourseItemKind;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.enrolment.EnrolmentStatus;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * "Mi aprendizaje": the learner's courses in progress, each with the way back to where the learner left off, and
 * completed, with their certificates.
 */
@Named
@RequestScoped
public class MyLearningPage {

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private List<EnrolmentProgress> all;

    /** Courses under way, those due soonest first. */
    public List<EnrolmentProgress> getInProgress() {
        return all().stream().filter(enrolment -> enrolment.status() == EnrolmentStatus.ACTIVE)
                .sorted(EnrolmentProgress.SOONEST_DUE_FIRST).toList();
    }

    public List<EnrolmentProgress> getCompleted() {
        return all().stream().filter(enrolment -> enrolment.status() == EnrolmentStatus.COMPLETED).toList();
    }

    public List<EnrolmentProgress> getCertified() {
        return all().stream().filter(enrolment -> enrolment.certificate() != null).toList();
    }

    /**
     * Where a course in progress is taken up: its next lesson opens; its next role-play resumes in the player when an
     * attempt is under way, and is otherwise started from the course page (starting one is a post); the final
     * assessment opens on its page.
     */
    public String continueLink(EnrolmentProgress enrolment) {
        ItemProgress next = enrolment.next();
        String learner = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/learner/";
        if (next.kind() == CourseItemKind.LESSON) {
            return learner + "lesson.xhtml?enrolment=" + enrolment.enrolmentId() + "&lesson=" + next.code();
        }
        if (next.kind() == CourseItemKind.FINAL_ASSESSMENT) {
            return learner + "assessment.xhtml?enrolment=" + enrolment.enrolmentId();
        }
        if (next.openAttemptId() != null) {
            return learner + "play.xhtml?attempt=" + next.openAttemptId();
        }
        return learner + "course.xhtml?enrolment=" + enrolment.enrolmentId();
    }

    public boolean isOverdue(EnrolmentProgress enrolment) {
        return enrolment.dueState() == AssignmentState.OVERDUE;
    }

    public boolean isExpired(Instant expiresAt) {
        return expiresAt != null && expiresAt.isBefore(now());
    }

    private Instant now() {
        return clock.instant();
    }

    private List<EnrolmentProgress> all() {
        if (all == null) {
            all = enrolments.myLearning(currentUser.learnerId());
        }
        return all;
    }
}
