package com.atiende.web.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the API says to people (the details of its problems), in their language: Spanish when the request's
 * Accept-Language prefers it to English, else English, the API's own. The texts are in the bundles
 * {@code com.atiende.web.i18n.problems_es} and {@code _en}, beside the interface's.
 */
public final class ApiText {

    private static final String BUNDLE = "com.atiende.web.i18n.problems";

    private ApiText() {
    }

    /** Spanish or English, whichever the client lists first; English when it lists neither. */
    public static Locale language(List<Locale> acceptable) {
        return acceptable.stream()
                .map(Locale::getLanguage)
                .filter(language -> language.equals("es") || language.equals("en"))
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
    }

    /** The text of {@code key} with its arguments (numbers given as text: no grouping), in the client's language. */
    public static String say(List<Locale> acceptable, String key, Object... arguments) {
        Locale language = language(acceptable);
        String pattern = ResourceBundle.getBundle(BUNDLE, language).getString(key);
        return new MessageFormat(pattern, language).format(arguments);
    }
}
