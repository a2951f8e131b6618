package com.atiende.web.security;

import com.atiende.assessment.account.SignedIn;
import com.atiende.domain.learner.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * The signed-in person as pages and backing beans see them: name, roles, learner id. Backing beans take the
 * learner id from here and never from a request parameter, so nobody can act as someone else by editing a URL.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    public Optional<SignedIn> person() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(AtiendeAuthentication.SIGNED_IN) instanceof SignedIn person
                && request.getUserPrincipal() != null
                ? Optional.of(person) : Optional.empty();
    }

    public boolean isSignedIn() {
        return person().isPresent();
    }

    public String getDisplayName() {
        return person().map(SignedIn::displayName).orElse("");
    }

    /** The signed-in learner's id; only reachable from pages the container already protects. */
    public long learnerId() {
        return person().orElseThrow(() -> new IllegalStateException("nobody is signed in")).learnerId();
    }

    public String email() {
        return person().orElseThrow(() -> new IllegalStateException("nobody is signed in")).email();
    }

    public boolean hasRole(String role) {
        return person().map(person -> person.roles().contains(Role.valueOf(role))).orElse(false);
    }

    public boolean isEmployee() {
        return hasRole("EMPLOYEE");
    }

    public boolean isTrainer() {
        return hasRole("TRAINER");
    }

    public boolean isHr() {
        return hasRole("HR");
    }

    public boolean isAdmin() {
        return hasRole("ADMIN");
    }

    /** Signs out: ends the container login and the session, then goes home. */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // Already signed out in the container: invalidating the session below is what matters.
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
