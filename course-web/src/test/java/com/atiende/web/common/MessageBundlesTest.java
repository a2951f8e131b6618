package com.atiende.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.assessment.account.ApiTokenService;
import com.atiende.domain.audit.AuditAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The interface's two languages say the same things, and what the pages name by a code has words in both. */
class MessageBundlesTest {

    private static final String BUNDLE = "/com/atiende/web/i18n/messages_%s.properties";

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                bundle("es").stringPropertyNames());
    }

    @Test
    void everyAuditActionHasALabelInBothLanguages() throws IOException {
        for (String language : new String[] {"es", "en"}) {
            Properties messages = bundle(language);
            assertThat(Arrays.stream(AuditAction.values()).map(action -> "audit.action." + action.name()))
                    .as(language).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyApiTokenScopeIsExplainedInBothLanguages() throws IOException {
        for (String language : new String[] {"es", "en"}) {
            Properties messages = bundle(language);
            assertThat(ApiTokenService.SCOPES.stream().map(scope -> "token.scope." + scope))
                    .as(language).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE.formatted(language))) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
