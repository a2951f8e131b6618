package com.atiende.web.hr;

import com.atiende.assessment.registry.CertificateRegisterService;
import com.atiende.assessment.registry.CourseChoice;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * What HR's menus offer, read once a request: the published courses and the departments people belong to. The
 * certificates and the assignments pages filter (and assign) by them.
 */
@Named
@RequestScoped
public class HrChoices {

    @EJB
    private CertificateRegisterService registry;

    private List<CourseChoice> courses;
    private List<String> departments;

    public List<CourseChoice> getCourses() {
        if (courses == null) {
            courses = registry.courses();
        }
        return courses;
    }

    public List<String> getDepartments() {
        if (departments == null) {
            departments = registry.departments();
        }
        return departments;
    }
}
