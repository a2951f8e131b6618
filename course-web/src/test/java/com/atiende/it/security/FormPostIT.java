package com.atiende.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import com.atiende.it.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Form posts that Atiende must refuse are refused before anything they ask is done, with the site's own page. */
@RunningAtiende
class FormPostIT {

    private static final Pattern NAME = Pattern.compile("id=\"profile:name\"[^>]*value=\"([^\"]*)\"");

    @Test
    void aPostWithoutTheScriptNonceChangesNothingAndIsABadRequestOnTheSitesPage(AtiendeServer server) throws Exception {
        WebSession trainer = new WebSession(server);
        trainer.signIn(DemoAccounts.TRAINER.email(), DemoAccounts.PASSWORD);
        HttpResponse<String> profile = trainer.get("/account/profile.xhtml");
        String name = nameOn(profile.body());
        Map<String, String> save = Map.of("profile", "profile", "profile:name", name + " sin nonce",
                "profile:language", "", "profile:save", "");

        HttpResponse<String> refused = trainer.postWithoutNonce("/account/profile.xhtml", profile.body(), save);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<h1>Petición no válida</h1>").doesNotContain("CSP");
        assertThat(nameOn(trainer.get("/account/profile.xhtml").body())).as("nothing saved").isEqualTo(name);

        HttpResponse<String> page = trainer.get("/account/profile.xhtml");
        HttpResponse<String> saved = trainer.post("/account/profile.xhtml", page.body(), save);
        assertThat(saved.statusCode()).as("the same post with its nonce is carried out").isIn(200, 302, 303);
        assertThat(nameOn(trainer.get("/account/profile.xhtml").body())).isEqualTo(name + " sin nonce");
        page = trainer.get("/account/profile.xhtml");
        trainer.post("/account/profile.xhtml", page.body(), Map.of("profile", "profile", "profile:name", name,
                "profile:language", "", "profile:save", ""));
        assertThat(nameOn(trainer.get("/account/profile.xhtml").body())).isEqualTo(name);
    }

    private static String nameOn(String html) {
        Matcher matcher = NAME.matcher(html);
        assertThat(matcher.find()).as("the profile form shows the name").isTrue();
        return unescape(matcher.group(1));
    }

    /** The attribute value as text: Mojarra escapes markup characters and may write others as numeric references. */
    private static String unescape(String value) {
        Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(value);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            int codePoint = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(text, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        reference.appendTail(text);
        return text.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
