package com.atiende.web.learner;

import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.catalog.CatalogService;
import com.atiende.assessment.catalog.CourseOverview;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A published course before anyone enrols: what it teaches, its lessons and role-plays, how long it takes, how it is
 * passed and the certificate. Public, like the home page's cards that lead here; a course that is not published is
 * not found.
 */
@Named
@RequestScoped
public class CourseOverviewPage {

    @EJB
    private CatalogService catalog;

    private String code;
    private CourseOverview overview;

    /** Reads the course named by the address, or answers 404. */
    public void load() throws IOException {
        try {
            overview = catalog.overview(code == null ? "" : code);
        } catch (NotFoundException notPublished) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    /** Where someone not signed in goes to enrol: the sign-in page, coming back here. */
    public String getSignInLink() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.getRequestContextPath() + "/login.xhtml?continue="
                + URLEncoder.encode("/course.xhtml?code=" + code, StandardCharsets.UTF_8);
    }

    public CourseOverview getOverview() {
        return overview;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
