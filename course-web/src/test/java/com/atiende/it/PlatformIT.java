package com.atiende.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The platform as an operator sees it: home page, health and metrics of the real WAR on Payara Micro, and the
 * security headers of its answers, errors included.
 */
@RunningAtiende
class PlatformIT {

    private static final String STYLESHEET = "/jakarta.faces.resource/css/atiende.css.xhtml?ln=atiende";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheHomePageAtTheRoot(AtiendeServer server) throws Exception {
        HttpResponse<String> response = get(server, "/", "es");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<title>Aprender a atender · Atiende</title>", "lang=\"es\"");
    }

    @Test
    void speaksEnglishToEnglishBrowsers(AtiendeServer server) throws Exception {
        assertThat(get(server, "/", "en").body()).contains("<title>Learning to serve · Atiende</title>", "lang=\"en\"");
    }

    @Test
    void isReadyWhenTheDatabaseAnswers(AtiendeServer server) throws Exception {
        HttpResponse<String> response = get(server, "/health/ready", "es");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"database\"", "\"status\":\"UP\"")
                .contains(server.database().kind().equals("postgresql") ? "PostgreSQL" : "H2");
    }

    @Test
    void isLive(AtiendeServer server) throws Exception {
        assertThat(get(server, "/health/live", "es").statusCode()).isEqualTo(200);
    }

    @Test
    void publishesMetricsToAdministrators(AtiendeServer server) throws Exception {
        WebSession admin = new WebSession(server);
        assertThat(admin.signIn(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> response = admin.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_uptime");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersOnce(AtiendeServer server) throws Exception {
        WebSession anonymous = new WebSession(server);
        WebSession employee = new WebSession(server);
        assertThat(employee.signIn(DemoAccounts.EMPLOYEE.email(), DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("a page (200)", anonymous.get("/"));
        responses.put("API without a token (401)", anonymous.get("/api/v1/courses"));
        responses.put("API with an unknown token (401)", anonymous.get("/api/v1/courses", "atd_unknown"));
        responses.put("API with a malformed code (400)", anonymous.get("/api/v1/verifications/zz"));
        responses.put("API with a method it does not take (405)", anonymous.get("/api/v1/credentials/verify"));
        responses.put("a page that does not exist (404)", anonymous.get("/no-such-page.xhtml"));
        responses.put("a path that does not exist (404)", anonymous.get("/no-such-path"));
        responses.put("a certificate download that does not exist (404)",
                employee.get("/learner/certificates/999999.pdf"));
        responses.put("a page of another role (403)", employee.get("/hr/certificates.xhtml"));
        responses.put("a protected page, to sign in (302)", anonymous.get("/learner/index.xhtml"));
        Map<String, Integer> statuses = Map.of("a page (200)", 200, "API with a malformed code (400)", 400,
                "API with a method it does not take (405)", 405, "a page of another role (403)", 403,
                "a protected page, to sign in (302)", 302);

        List<String> failures = new ArrayList<>();
        responses.forEach((what, response) -> {
            int expected = statuses.getOrDefault(what, what.contains("(401)") ? 401 : 404);
            if (response.statusCode() != expected) {
                failures.add(what + ": status " + response.statusCode());
            }
            for (String header : List.of("X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
                    "Permissions-Policy", "Cross-Origin-Opener-Policy", "Content-Security-Policy")) {
                List<String> values = response.headers().allValues(header);
                if (values.size() != 1) {
                    failures.add(what + ": " + header + " " + values);
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void describesTheApiWithDaysAsIsoDates(AtiendeServer server) throws Exception {
        HttpResponse<String> response = get(server, "/openapi", "es");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/assignments:", "/api/v1/courses:")
                .containsPattern("(?m)^    LocalDate:\\n      type: string\\n      format: date$");
    }

    @Test
    void compressesPagesAndResourcesForClientsThatAcceptGzip(AtiendeServer server) throws Exception {
        Matcher script = Pattern.compile("src=\"(/jakarta\\.faces\\.resource/components\\.js\\.xhtml[^\"]*)\"")
                .matcher(get(server, "/login.xhtml", "es").body());
        assertThat(script.find()).as("the sign-in page loads PrimeFaces' components script").isTrue();

        for (String path : List.of("/", STYLESHEET, script.group(1).replace("&amp;", "&"))) {
            HttpResponse<byte[]> plain = getBytes(server, path, "identity");
            HttpResponse<byte[]> gzipped = getBytes(server, path, "gzip");

            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzipped.headers().firstValue("Vary")).as(path).hasValue("Accept-Encoding");
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length / 2);
            byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
            if (path.equals("/")) {
                // A page carries a fresh CSP nonce each time: compare what it says, not its bytes.
                assertThat(new String(unzipped, StandardCharsets.UTF_8)).contains("<title>Aprender a atender");
            } else {
                assertThat(unzipped).as(path).isEqualTo(plain.body());
            }
        }
    }

    @Test
    void letsBrowsersKeepStaticResources(AtiendeServer server) throws Exception {
        HttpResponse<byte[]> first = getBytes(server, STYLESHEET, "identity");

        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(Duration.ofSeconds(Long.parseLong(value.replaceAll(".*max-age=(\\d+).*", "$1"))))
                        .isGreaterThanOrEqualTo(Duration.ofDays(7)));
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(server.uri(STYLESHEET))
                        .header("If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).as("a browser revalidating its copy").isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void loadsPrimeFacesScriptsOnlyWhereAWidgetNeedsThemAndAfterTheContent(AtiendeServer server) throws Exception {
        assertThat(get(server, "/", "es").body()).as("the home page has no widget")
                .doesNotContain("jquery.js", "core.js", "components.js");
        String signIn = get(server, "/login.xhtml", "es").body();
        assertThat(signIn.indexOf("components.js")).as("the sign-in page's scripts come after its form")
                .isGreaterThan(signIn.indexOf("id=\"signIn:submit\""));
    }

    private HttpResponse<byte[]> getBytes(AtiendeServer server, String path, String encoding)
            throws IOException, InterruptedException {
        // HTTP/1.1 as a browser speaks it to a plain-http address: Java's client would otherwise upgrade to
        // cleartext HTTP/2, which Grizzly answers uncompressed (README, "Tuning").
        return http.send(HttpRequest.newBuilder(server.uri(path)).version(HttpClient.Version.HTTP_1_1)
                .header("Accept-Language", "es").header("Accept-Encoding", encoding).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> get(AtiendeServer server, String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
