package com.atiende.infrastructure.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of an e-mail to a learner, in their language: a bundle of subject and body patterns (Spanish the default,
 * another language where the bundle has it), dates written out as people read them ("31 de marzo de 2027"), and the
 * link to the learner's courses.
 */
public final class MailText {

    private final ResourceBundle patterns;
    private final Locale locale;

    /**
     * @param bundle   the bundle's base name, e.g. {@code com.atiende.assessment.assignment.mail}
     * @param language the learner's language tag; a language the bundle lacks falls back to Spanish
     */
    public MailText(String bundle, String language, ClassLoader loader) {
        this.locale = Locale.forLanguageTag(language);
        this.patterns = ResourceBundle.getBundle(bundle, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The pattern {@code key} filled in with the arguments. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(patterns.getString(key), locale).format(arguments);
    }

    /** A day written out in the learner's language. */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    /** The day of an instant where the organisation is, written out. */
    public String day(Instant instant, ZoneId zone) {
        return day(instant.atZone(zone).toLocalDate());
    }

    /** The language to write to a learner in: English if they chose it, else Spanish (the content's language). */
    public static String language(String preferred) {
        return "en".equals(preferred) ? "en" : "es";
    }

    /** The page of the learner's courses, under the address people reach Atiende at. */
    public static String learningLink(String publicUrl) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "learner/index.xhtml";
    }
}
