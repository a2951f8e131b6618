package com.atiende.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import com.atiende.it.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in as an attacker would probe it: messages, throttling, fixation, redirects, headers, cookies, errors. */
@RunningAtiende
class SignInSecurityIT {

    private static final String REFUSED = "El correo o la contraseña no son correctos.";
    private static final String THROTTLED = "Demasiados intentos fallidos.";

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer(AtiendeServer server) throws Exception {
        HttpResponse<String> wrongPassword = new WebSession(server).signIn(DemoAccounts.TRAINER.email(), "not-the-password");
        HttpResponse<String> unknownAccount = new WebSession(server).signIn("nadie@demo.atiende", "not-the-password");

        assertThat(wrongPassword.statusCode()).isEqualTo(200);
        assertThat(unknownAccount.statusCode()).isEqualTo(200);
        assertThat(wrongPassword.body()).contains(REFUSED);
        assertThat(unknownAccount.body()).contains(REFUSED);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword(AtiendeServer server) throws Exception {
        String victim = "bloqueo@demo.atiende";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(new WebSession(server).signIn(victim, "guess-" + attempt).body()).contains(REFUSED);
        }
        HttpResponse<String> sixth = new WebSession(server).signIn(victim, "guess-6");

        assertThat(sixth.body()).contains(THROTTLED).doesNotContain(REFUSED);
    }

    @Test
    void signingInIssuesANewSessionIdAndAnHttpOnlyLaxCookie(AtiendeServer server) throws Exception {
        WebSession session = new WebSession(server);
        HttpResponse<String> loginPage = session.get("/login.xhtml");
        String before = session.cookie("ATIENDE_SESSION");

        HttpResponse<String> signedIn = session.post("/login.xhtml", loginPage.body(), Map.of(
                "signIn", "signIn", "signIn:email", DemoAccounts.EMPLOYEE.email(),
                "signIn:password", DemoAccounts.PASSWORD, "signIn:continueTo", "", "signIn:submit", ""));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(before).isNotNull();
        assertThat(session.cookie("ATIENDE_SESSION")).isNotNull().isNotEqualTo(before);
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).contains("ATIENDE_SESSION=").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"))
                .anySatisfy(cookie -> assertThat(cookie).as("the browser is trusted at its next sign-in")
                        .contains("ATIENDE_DEVICE=").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict").containsIgnoringCase("Max-Age=15552000"));
    }

    @Test
    void continuesOnlyToPagesOfThisSite(AtiendeServer server) throws Exception {
        for (String target : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example"}) {
            WebSession session = new WebSession(server);
            HttpResponse<String> loginPage = session.get("/login.xhtml");
            HttpResponse<String> signedIn = session.post("/login.xhtml", loginPage.body(), Map.of(
                    "signIn", "signIn", "signIn:email", DemoAccounts.EMPLOYEE.email(),
                    "signIn:password", DemoAccounts.PASSWORD, "signIn:continueTo", target, "signIn:submit", ""));

            assertThat(signedIn.headers().firstValue("Location")).as(target).hasValue(server.uri("/").toString());
        }
    }

    @Test
    void continuesToTheProtectedPageThatWasAsked(AtiendeServer server) throws Exception {
        WebSession session = new WebSession(server);
        HttpResponse<String> protectedPage = session.get("/hr/audit.xhtml");
        String loginUrl = protectedPage.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> loginPage = session.get(loginUrl.substring(loginUrl.indexOf("/login.xhtml")));

        HttpResponse<String> signedIn = session.post("/login.xhtml", loginPage.body(), Map.of(
                "signIn", "signIn", "signIn:email", DemoAccounts.HR.email(),
                "signIn:password", DemoAccounts.PASSWORD, "signIn:continueTo", "/hr/audit.xhtml", "signIn:submit", ""));

        assertThat(loginPage.body()).contains("value=\"/hr/audit.xhtml\"");
        assertThat(signedIn.headers().firstValue("Location")).hasValue(server.uri("/hr/audit.xhtml").toString());
        assertThat(session.get("/hr/audit.xhtml").body()).contains("Inicio de sesión", DemoAccounts.HR.email());
    }

    @Test
    void pagesCarryTheSecurityHeaders(AtiendeServer server) throws Exception {
        HttpResponse<String> page = new WebSession(server).get("/");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void pagesNameTheirIconAndDescriptionAndTheIconIsServed(AtiendeServer server) throws Exception {
        WebSession visitor = new WebSession(server);
        String page = visitor.get("/").body();
        HttpResponse<String> icon = visitor.get("/favicon.svg");

        assertThat(page).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\"")
                .containsPattern("<meta name=\"description\" content=\"[^\"]+\"");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void unknownPagesAndBadRequestsGetSitePagesWithoutInternals(AtiendeServer server) throws Exception {
        WebSession visitor = new WebSession(server);
        HttpResponse<String> missing = visitor.get("/no-existe.xhtml");
        HttpResponse<String> missingApi = visitor.get("/api/v1/no-existe");
        HttpResponse<String> badViewState = visitor.post("/login.xhtml", visitor.get("/login.xhtml").body()
                .replaceAll("(name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\")[^\"]+", "$1forged"),
                Map.of("signIn", "signIn", "signIn:email", "x@y.z", "signIn:password", "x", "signIn:submit", ""));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Página no encontrada").doesNotContain("Caused by", "at com.", "at jakarta.");
        assertThat(missingApi.statusCode()).isEqualTo(401);
        assertThat(badViewState.statusCode()).isBetween(400, 499);
        assertThat(badViewState.body()).contains("La página ha caducado").doesNotContain("Caused by", "at com.", "at jakarta.");
    }

    @Test
    void formPostsFromAnotherSiteAreRefused(AtiendeServer server) throws Exception {
        Map<String, String> signIn = Map.of("signIn", "signIn", "signIn:email", DemoAccounts.EMPLOYEE.email(),
                "signIn:password", DemoAccounts.PASSWORD, "signIn:continueTo", "", "signIn:submit", "");
        WebSession visitor = new WebSession(server);
        String origin = server.baseUri().getScheme() + "://" + server.baseUri().getAuthority();

        HttpResponse<String> foreign = visitor.postFrom("https://evil.example", "/login.xhtml", visitor.get("/login.xhtml").body(), signIn);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(visitor.get("/learner/index.xhtml").statusCode()).as("signed in after the foreign post?").isEqualTo(302);

        HttpResponse<String> own = visitor.postFrom(origin, "/login.xhtml", visitor.get("/login.xhtml").body(), signIn);
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(visitor.get("/learner/index.xhtml").statusCode()).isEqualTo(200);
    }
}
