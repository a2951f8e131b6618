package com.atiende.web.common;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the interface speaks for this visitor. It starts as the browser's preferred language among
 * the supported ones (Faces negotiates it from Accept-Language) and follows the visitor's explicit choice
 * from then on. The switch is a plain link, so it works without JavaScript and under a strict CSP. Content stays in the language it was written in.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    /** The request parameter of the language links in the page header ({@code ?lang=en}). */
    public static final String LANGUAGE_PARAMETER = "lang";

    private Locale chosen;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        supported(faces.getExternalContext().getRequestParameterMap().get(LANGUAGE_PARAMETER))
                .ifPresent(locale -> chosen = locale);
        if (chosen != null) {
            return chosen;
        }
        if (faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
            // No preference sent: Spanish first, not the server's own default locale.
            return faces.getApplication().getDefaultLocale();
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /**
     * The address of the page being shown with the interface language switched: the same view and view parameters
     * (as a bookmarkable link would carry them) plus {@code lang}. Built directly rather than by an h:link, which
     * would resolve navigation rules on every page render for a link that always points at the page itself.
     */
    public String link(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot view = faces.getViewRoot();
        StringBuilder url = new StringBuilder(faces.getExternalContext().getRequestContextPath())
                .append(view.getViewId()).append('?');
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(faces);
            if (value != null && !value.isEmpty() && !LANGUAGE_PARAMETER.equals(parameter.getName())) {
                url.append(encode(parameter.getName())).append('=').append(encode(value)).append('&');
            }
        }
        return url.append(LANGUAGE_PARAMETER).append('=').append(encode(language)).toString();
    }

    /** Switches the interface language, for instance from the profile; unknown tags are ignored rather than trusted. */
    public void choose(String languageTag) {
        supported(languageTag).ifPresent(locale -> chosen = locale);
    }

    /** Forgets any explicit choice: the browser's language applies again. */
    public void followBrowser() {
        chosen = null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Optional<Locale> supported(String languageTag) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(languageTag)).findFirst();
    }
}
