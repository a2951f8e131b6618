package com.atiende.web.common;

import com.atiende.assessment.credential.CredentialCheck;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ApiTextTest {

    @Test
    void speaksSpanishOnlyWhenTheClientPrefersItToEnglish() {
        assertThat(ApiText.language(List.of(Locale.forLanguageTag("es-ES"), Locale.ENGLISH))).isEqualTo(new Locale("es"));
        assertThat(ApiText.language(List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("es"))))
                .isEqualTo(Locale.ENGLISH);
        assertThat(ApiText.language(List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void readsTheLanguagesOfAnAcceptLanguageHeaderMostWantedFirst() {
        assertThat(ApiText.languages("en;q=0.5, es-ES")).containsExactly(Locale.forLanguageTag("es-ES"), Locale.ENGLISH);
        assertThat(ApiText.languages("es, en;q=0")).as("q=0: not wanted").containsExactly(new Locale("es"));
        assertThat(ApiText.languages(null)).isEmpty();
    }

    @Test
    void readsAMalformedHeaderTagByTagInsteadOfFailing() {
        assertThat(ApiText.languages("es;q=abc, en")).containsExactly(new Locale("es"), Locale.ENGLISH);
        assertThat(ApiText.languages("en;q=2")).containsExactly(Locale.ENGLISH);
        assertThat(ApiText.language(ApiText.languages(";;;"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void saysTheProblemInTheClientsLanguage() {
        assertThat(ApiText.say(List.of(Locale.forLanguageTag("es")), "problem.scope", "reports:read"))
                .isEqualTo("Este token de API no tiene el permiso reports:read.");
        assertThat(ApiText.say(List.of(), "problem.forbidden")).isEqualTo("The token's owner may not do this.");
        assertThat(ApiText.say(List.of(), "problem.order"))
                .isEqualTo("The body is an order: {\"course\", \"dueOn\", \"everyone\", \"department\", \"emails\"}.");
        assertThat(ApiText.say(List.of(), "problem.size", "1000")).isEqualTo("size: 1 to 1000.");
    }

    @Test
    void everyReasonOfACredentialCheckIsSaidInBothLanguages() throws IOException {
        for (String language : new String[] {"es", "en"}) {
            Properties texts = bundle(language);
            assertThat(Arrays.stream(CredentialCheck.Reason.values()).map(reason -> "credential." + reason.name()))
                    .as(language).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
        assertThat(ApiText.say(List.of(), "credential.SIGNATURE"))
                .isEqualTo("The signature does not verify with the issuer's published keys.");
    }

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                bundle("es").stringPropertyNames());
    }

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ApiTextTest.class.getResourceAsStream(
                "/com/atiende/web/i18n/problems_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
