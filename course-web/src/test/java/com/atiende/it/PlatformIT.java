package com.atiende.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The platform as an operator sees it: home page, health and metrics of the real WAR on Payara Micro. */
@RunningAtiende
class PlatformIT {

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
    void publishesMetrics(AtiendeServer server) throws Exception {
        HttpResponse<String> response = get(server, "/metrics", "es");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_uptime");
    }

    private HttpResponse<String> get(AtiendeServer server, String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
