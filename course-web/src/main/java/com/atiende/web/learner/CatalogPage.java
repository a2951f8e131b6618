package com.atiende.web.learner;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.enrolment.EnrolmentProgress;
import com.atiende.assessment.enrolment.EnrolmentService;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The catalogue's one-click enrolment: enrols (or finds the standing enrolment) and opens the course. A course the
 * learner is already taking is offered to continue instead.
 */
@Named
@RequestScoped
public class CatalogPage {

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser currentUser;

    /** The learner's open enrolments by course code, read when the page first asks. */
    private Map<String, Long> openEnrolments;

    /** The id of the learner's open enrolment in the course, or null when they are not taking it. */
    public Long openEnrolment(String courseCode) {
        if (openEnrolments == null) {
            openEnrolments = enrolments.openEnrolments(currentUser.learnerId());
        }
        return openEnrolments.get(courseCode);
    }

    public String enrol(String courseCode) {
        try {
            EnrolmentProgress enrolment = enrolments.enrol(currentUser.learnerId(), courseCode);
            return "/learner/course?faces-redirect=true&enrolment=" + enrolment.enrolmentId();
        } catch (AssessmentException failure) {
            Failures.show(failure);
            return null;
        }
    }
}
