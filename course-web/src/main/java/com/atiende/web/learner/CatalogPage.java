package com.atiende.web.learner;

import com.atiende.assessment.enrolment.AssessmentException;
import com.atiende.assessment.enrolment.EnrolmentProgress;
import com.atiende.assessment.enrolment.EnrolmentService;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The catalogue's one-click enrolment: enrols (or finds the standing enrolment) and opens the course. */
@Named
@RequestScoped
public class CatalogPage {

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser currentUser;

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
