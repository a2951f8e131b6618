package com.atiende.web.security;

import com.atiende.assessment.account.SignedIn;
import com.atiende.web.common.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * The sign-in form. It hands the credentials to the container (Jakarta Security) and goes on to the page the
 * person wanted, but only to a path of this site: an open redirect would make phishing links look like ours.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LocaleSelection localeSelection;

    @NotBlank(message = "{signIn.email.required}")
    @Size(max = 254, message = "{signIn.email.tooLong}")
    private String email;

    @NotBlank(message = "{signIn.password.required}")
    @Size(max = 200, message = "{signIn.password.tooLong}")
    private String password;

    private String continueTo;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            if (external.getSessionMap().get(AtiendeAuthentication.SIGNED_IN) instanceof SignedIn person
                    && person.preferredLanguage() != null) {
                localeSelection.choose(person.preferredLanguage());
            }
            external.redirect(external.getRequestContextPath() + safeContinue());
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_FAILURE) {
            external.setResponseStatus(HttpServletResponse.SC_OK);
            String key = "throttled".equals(request.getAttribute(AtiendeAuthentication.REFUSAL))
                    ? "signIn.throttled" : "signIn.refused";
            ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString(key), null));
        }
    }

    /** A local path to go on to after signing in; anything else (another host, a scheme, "//x") goes home. */
    String safeContinue() {
        if (continueTo == null || !continueTo.startsWith("/") || continueTo.startsWith("//")
                || continueTo.contains("\\") || continueTo.startsWith(AtiendeAuthentication.LOGIN_PAGE)) {
            return "/";
        }
        return continueTo;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
