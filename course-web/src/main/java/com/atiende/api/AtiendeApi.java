package com.atiende.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API for integrations, versioned in the path; described at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Atiende API", version = "1",
        description = "Integration API. Authenticate with a personal API token: Authorization: Bearer atd_..."))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class AtiendeApi extends Application {
}
