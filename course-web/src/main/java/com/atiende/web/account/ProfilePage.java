package com.atiende.web.account;

import com.atiende.assessment.account.AccountProblem;
import com.atiende.assessment.account.ProfileService;
import com.atiende.assessment.account.SignedIn;
import com.atiende.web.common.LocaleSelection;
import com.atiende.web.common.Messages;
import com.atiende.web.security.AtiendeAuthentication;
import com.atiende.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A person's own profile: the name others see and the interface language (or the browser's). */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProfileService profiles;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @NotBlank(message = "{account.name.required}")
    @Size(max = 200, message = "{account.name.tooLong}")
    private String displayName;

    /** "es", "en", or empty to follow the browser. */
    private String language;

    @PostConstruct
    void load() {
        currentUser.person().ifPresent(person -> {
            displayName = person.displayName();
            language = person.preferredLanguage() == null ? "" : person.preferredLanguage();
        });
    }

    public void save() {
        try {
            SignedIn updated = profiles.update(currentUser.learnerId(), displayName, language.isEmpty() ? null : language);
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(AtiendeAuthentication.SIGNED_IN, updated);
            if (language.isEmpty()) {
                localeSelection.followBrowser();
            } else {
                localeSelection.choose(language);
            }
            FacesContext.getCurrentInstance().getViewRoot().setLocale(localeSelection.getLocale());
            Messages.info("profile.saved");
        } catch (AccountProblem problem) {
            Messages.error(null, problem);
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
    }
}
