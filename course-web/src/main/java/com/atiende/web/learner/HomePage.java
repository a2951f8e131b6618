package com.atiende.web.learner;

import com.atiende.assessment.catalog.CatalogService;
import com.atiende.assessment.catalog.CourseSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page's list of published courses, read once per request. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private CatalogService catalog;

    private List<CourseSummary> courses;

    public List<CourseSummary> getCourses() {
        if (courses == null) {
            courses = catalog.publishedCourses();
        }
        return courses;
    }
}
