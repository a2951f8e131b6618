package com.atiende.domain.attempt;

import com.atiende.domain.competency.Competency;

import java.util.Locale;
import java.util.Objects;

/**
 * A line of advice about one competency, in both interface languages. It is built from the competency's own
 * description, which content authors write as what the skill consists of ("Dejar hablar, comprobar lo entendido..."
 * / "Letting people speak, checking..."), so every competency a trainer adds gets advice without code changes.
 *
 * @param es the advice in Spanish
 * @param en the advice in English
 */
public record Advice(String es, String en) {

    public Advice {
        Objects.requireNonNull(es, "es");
        Objects.requireNonNull(en, "en");
    }

    /**
     * Advice for the competency a learner did best in: keep doing what it consists of. It follows a heading that
     * names the competency ("Tu punto fuerte: Escucha activa"), so it does not name it again.
     */
    public static Advice forStrength(Competency competency) {
        return new Advice("Sigue así: " + lowerFirst(competency.getDescriptionEs()),
                "Keep " + lowerFirst(competency.getDescriptionEn()));
    }

    /** Advice for the competency a learner did worst in: what to focus on next time; its heading names it. */
    public static Advice forWeakness(Competency competency) {
        return new Advice("Céntrate en " + lowerFirst(competency.getDescriptionEs()),
                "Focus on " + lowerFirst(competency.getDescriptionEn()));
    }

    /** The advice in the given language ("es" or "en"); any other falls back to Spanish, the content's. */
    public String text(String language) {
        return "en".equals(language) ? en : es;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
