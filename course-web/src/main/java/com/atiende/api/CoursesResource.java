package com.atiende.api;

import com.atiende.assessment.catalog.CatalogService;
import com.atiende.assessment.catalog.CourseSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The published courses, for an HR system that wants to assign them. Needs a token with scope courses:read. */
@Path("/v1/courses")
@RequestScoped
@SecurityRequirement(name = "token")
public class CoursesResource {

    @EJB
    private CatalogService catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope("courses:read")
    @Operation(summary = "The published courses with their current version, size and competencies")
    public List<CourseSummary> published() {
        return catalog.publishedCourses();
    }
}
