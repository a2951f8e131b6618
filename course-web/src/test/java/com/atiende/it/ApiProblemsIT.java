package com.atiende.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the API answers a request it cannot take, as a client sees it: problem+json with a 4xx, its detail in the
 * language of the request's Accept-Language (Spanish or English), whether the refusal is the API's own or JAX-RS's
 * (a parameter of the wrong type, a method, a media type), and never a 500, not even for a malformed header; and the
 * check of a presented credential says why it ends as it does in that language too.
 */
@RunningAtiende
class ApiProblemsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String token;

    @BeforeAll
    static void createToken(AtiendeServer server) throws Exception {
        WebSession hr = new WebSession(server);
        assertThat(hr.signIn(DemoAccounts.HR.email(), DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        token = hr.createToken("Problemas de la API", "reports:read", "assignments:write");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequestInTheClientsLanguage(AtiendeServer server) throws Exception {
        HttpResponse<String> english = get(server, "/api/v1/assignments?size=abc", "en");
        HttpResponse<String> spanish = get(server, "/api/v1/assignments?size=abc", "es-ES, es;q=0.9, en;q=0.5");

        assertProblem(english, 400);
        assertProblem(spanish, 400);
        assertThat(english.body()).contains("\"detail\":\"A parameter of the query is not of its type");
        assertThat(spanish.body()).contains("\"detail\":\"Un parámetro de la consulta no es del tipo que toca");
    }

    @Test
    void aBodyThatIsNotTheOrderIsABadRequestInTheClientsLanguage(AtiendeServer server) throws Exception {
        String notADate = "{\"course\":\"escucha-empatia\",\"dueOn\":\"31/12/2027\",\"everyone\":true}";

        HttpResponse<String> english = post(server, notADate, "application/json", "en");
        HttpResponse<String> spanish = post(server, notADate, "application/json", "es");
        HttpResponse<String> empty = post(server, "", "application/json", "es");

        assertProblem(english, 400);
        assertThat(english.body()).contains("The body could not be read");
        assertThat(spanish.body()).contains("No se ha podido leer el cuerpo");
        assertProblem(empty, 400);
        assertThat(empty.body()).as("no \"HTTP 400 Bad Request\" in English").doesNotContain("HTTP 400")
                .contains("No se ha podido leer");
    }

    @Test
    void refusalsOfJaxRsItselfAreSaidInTheClientsLanguage(AtiendeServer server) throws Exception {
        HttpResponse<String> method = get(server, "/api/v1/credentials/verify", "es");
        HttpResponse<String> mediaType = post(server, "<orden/>", "application/xml", "en");
        HttpResponse<String> accept = HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/issuer"))
                .header("Accept", "text/csv").header("Accept-Language", "es").build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(method, 405);
        assertThat(method.body()).contains("Este recurso no admite ese método");
        assertThat(method.headers().firstValue("Allow").orElse("")).contains("POST");
        assertProblem(mediaType, 415);
        assertThat(mediaType.body()).contains("This endpoint does not read a body of that Content-Type");
        assertProblem(accept, 406);
        assertThat(accept.body()).contains("Este recurso no puede responder en ninguno de los tipos");
    }

    @Test
    void theCheckOfACredentialSaysWhyInTheClientsLanguage(AtiendeServer server) throws Exception {
        // A client of its own (X-Forwarded-For, the server trusting loopback as a proxy): verifications are limited.
        HttpResponse<String> spanish = HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/credentials/verify"))
                .header("Content-Type", "application/vc+jwt").header("Accept-Language", "es")
                .header("X-Forwarded-For", "192.0.2.20").POST(HttpRequest.BodyPublishers.ofString("x.y.z")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.body()).contains("\"status\":\"malformed\"", "No es un JWT firmado");
    }

    @Test
    void aMalformedHeaderIsNeverA500(AtiendeServer server) throws Exception {
        HttpResponse<String> language = get(server, "/api/v1/assignments?size=0", "es;q=abc");
        HttpResponse<String> publicLanguage = HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/verifications/zz"))
                .header("Accept-Language", "en;q=2").header("X-Forwarded-For", "192.0.2.21").build(), // its own client
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> accept = HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/issuer"))
                .header("Accept", ";;;").header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> entityTag = HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/issuer/revocations"))
                .header("If-None-Match", "sin comillas").header("Accept-Language", "es").build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(language, 400);
        assertThat(language.body()).as("read as Spanish all the same").contains("size: de 1 a 1000.");
        assertProblem(publicLanguage, 400);
        assertThat(publicLanguage.body()).contains("Not a verification code");
        assertProblem(accept, 400);
        assertThat(accept.body()).as("not the site's HTML error page").contains("The request could not be read");
        assertProblem(entityTag, 400);
        assertThat(entityTag.body()).as("a header, not the body").contains("No se ha podido leer una cabecera");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private static HttpResponse<String> get(AtiendeServer server, String path, String languages) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", languages).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(AtiendeServer server, String body, String contentType, String languages)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/assignments")).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).header("Accept-Language", languages)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
