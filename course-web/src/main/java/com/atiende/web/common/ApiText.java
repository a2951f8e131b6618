package com.atiende.web.common;

import java.text.MessageFormat;
import java.util.Arrays;
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

    /**
     * The languages an Accept-Language header lists, most wanted first, none for no header. A header that does not
     * parse (a weight that is no number or above 1, stray separators) is read tag by tag in the order written rather
     * than refused: it only chooses the language of the answer, and refusing it answered 500 with no words at all.
     */
    public static List<Locale> languages(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return Arrays.stream(acceptLanguage.split(","))
                    .map(entry -> entry.split(";", 2)[0].strip())
                    .filter(tag -> !tag.isEmpty())
                    .map(Locale::forLanguageTag)
                    .toList();
        }
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
