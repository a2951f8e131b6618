package com.atiende.api;

import com.atiende.web.common.ApiText;
import com.atiende.web.security.AtiendeAuthentication;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Refuses a call whose API token lacks the endpoint's scope (403, problem+json). Roles are checked by the
 * container from {@code @RolesAllowed}; scopes narrow what a token may do below what its owner may do.
 */
@Provider
@RequiresScope
@Priority(Priorities.AUTHORIZATION)
public class ScopeCheck implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        RequiresScope required = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(RequiresScope.class);
        }
        Object scopes = request.getAttribute(AtiendeAuthentication.TOKEN_SCOPES);
        if (required != null && !(scopes instanceof Set<?> granted && granted.contains(required.value()))) {
            context.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    ApiText.say(ClientLanguages.of(context), "problem.scope", required.value())));
        }
    }
}
