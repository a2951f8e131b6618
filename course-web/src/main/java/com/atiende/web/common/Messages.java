package com.atiende.web.common;

import com.atiende.assessment.account.AccountProblem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages in the visitor's language, from the {@code msg} bundle. */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** A problem reported by the application layer, shown next to {@code clientId} (or globally when null). */
    public static void error(String clientId, AccountProblem problem) {
        add(clientId, FacesMessage.SEVERITY_ERROR, problem.getKey(), problem.getArguments().toArray());
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A text already in the visitor's language, shown next to {@code clientId} (or globally when null). */
    public static void errorText(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    /** A Bean Validation message ({@code ValidationMessages}) by its key, in the visitor's language. */
    public static String validationText(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
