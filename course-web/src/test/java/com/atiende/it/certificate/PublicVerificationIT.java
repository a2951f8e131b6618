package com.atiende.it.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.RunningAtiende;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Public verification on the running WAR, without signing in: the form, unknown and malformed codes (which reveal
 * nothing), the issuer's profile and keys (each at the address credentials name as kid), the revocation list, a
 * forged or loosely spelled credential refused, and the rate limit per client. Each test
 * speaks as a client of its own (X-Forwarded-For through the loopback proxy the server trusts), so the limit one
 * test exhausts is nobody else's. Valid, expired and revoked certificates are checked in CertificateTrustContainerIT.
 */
@RunningAtiende
class PublicVerificationIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void offersTheFormToAnyoneWithThePagesOwnContentSecurityPolicy(AtiendeServer server) throws Exception {
        HttpResponse<String> form = get(server, "/verify", "198.51.100.10");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Verificar un certificado", "id=\"verify:code\"").doesNotContain("data-state");
        List<String> policies = form.headers().allValues("Content-Security-Policy");
        assertThat(policies).singleElement().satisfies(policy -> assertThat(policy).contains("'nonce-", "style-src 'self'"));
    }

    @Test
    void anUnknownCodeTypedInLowerCaseWithHyphensRevealsNothingElse(AtiendeServer server) throws Exception {
        HttpResponse<String> page = get(server, "/verify/zzzz-zzzz-zzzz", "198.51.100.11");
        HttpResponse<String> api = get(server, "/api/v1/verifications/zzzz-zzzz-zzzz", "198.51.100.11");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-state=\"unknown\"", "Código desconocido", "ZZZZZZZZZZZZ")
                .doesNotContain("Titular");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).isEqualTo("{\"code\":\"ZZZZZZZZZZZZ\",\"status\":\"unknown\"}");
    }

    @Test
    void aMalformedCodeIsSaidToBeOneWithoutALookUp(AtiendeServer server) throws Exception {
        HttpResponse<String> page = get(server, "/verify/ABC0OIL", "198.51.100.12");
        HttpResponse<String> api = get(server, "/api/v1/verifications/ABC0OIL", "198.51.100.12");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-state=\"malformed\"", "Código no válido");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void publishesTheIssuerProfileAndOnlyThePublicKey(AtiendeServer server) throws Exception {
        HttpResponse<String> issuer = get(server, "/api/v1/issuer", "198.51.100.13");
        HttpResponse<String> keys = get(server, "/api/v1/issuer/jwks", "198.51.100.13");

        JWKSet published = JWKSet.parse(keys.body());
        assertThat(published.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.getKeyID()).isNotBlank();
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        });
        assertThat(keys.headers().firstValue("Content-Type").orElse("")).startsWith("application/jwk-set+json");
        Map<String, Object> profile = JSONObjectUtils.parse(issuer.body());
        assertThat(issuer.body()).contains("\"type\":[\"Profile\"]", "api/v1/issuer\"").doesNotContain("\"d\":");
        assertThat(JSONObjectUtils.getStringList(profile, "assertionMethod")).as("the profile leads to its keys")
                .anySatisfy(address -> assertThat(address)
                        .endsWith("/api/v1/issuer/keys/" + published.getKeys().get(0).getKeyID()));
    }

    @Test
    void answersEachKeyAsOneJwkAtTheAddressCredentialsNameAndNoOtherKey(AtiendeServer server) throws Exception {
        JWK published = JWKSet.parse(get(server, "/api/v1/issuer/jwks", "198.51.100.15").body()).getKeys().get(0);
        String address = "/api/v1/issuer/keys/" + published.getKeyID();

        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(server.uri(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(server.uri(address))
                .header("Accept", "application/jwk+json").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = get(server, "/api/v1/issuer/keys/NoSuchKey", "198.51.100.15");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JWK answered = JWK.parse(plain.body());
        assertThat(answered.isPrivate()).isFalse();
        assertThat(answered.computeThumbprint()).isEqualTo(published.computeThumbprint());
        assertThat(asked.headers().firstValue("Content-Type").orElse("")).startsWith("application/jwk+json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void publishesTheRevocationListForVerifiersToRevalidate(AtiendeServer server) throws Exception {
        HttpResponse<String> list = get(server, "/api/v1/issuer/revocations", "198.51.100.16");
        String tag = list.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(server.uri("/api/v1/issuer/revocations"))
                .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(list.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        Map<String, Object> revocations = JSONObjectUtils.parse(list.body());
        assertThat(JSONObjectUtils.getString(revocations, "id")).endsWith("/api/v1/issuer/revocations");
        assertThat(JSONObjectUtils.getString(revocations, "issuer")).endsWith("/api/v1/issuer");
        assertThat(revocations.get("revokedCredentials")).isInstanceOf(List.class);
        assertThat(again.statusCode()).as("unchanged since").isEqualTo(304);
    }

    @Test
    void refusesACredentialSignedWithAnotherKeyAndOneThatIsNoCredential(AtiendeServer server) throws Exception {
        String kid = JWKSet.parse(get(server, "/api/v1/issuer/jwks", "198.51.100.14").body()).getKeys().get(0).getKeyID();
        RSAKeyGenerator generator = new RSAKeyGenerator(2048);
        generator.keyID(kid);
        RSAKey forger = generator.generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().issuer(server.uri("/api/v1/issuer").toString())
                        .claim("type", List.of("VerifiableCredential", "OpenBadgeCredential"))
                        .notBeforeTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofDays(1))))
                        .build());
        forged.sign(new RSASSASigner(forger));

        assertThat(postCredential(server, forged.serialize(), "198.51.100.14").body())
                .contains("\"verified\":false", "\"status\":\"bad_signature\"");
        assertThat(postCredential(server, "not a credential", "198.51.100.14").body())
                .contains("\"verified\":false", "\"status\":\"malformed\"");
        assertThat(postCredential(server, " " + forged.serialize() + "\n", "198.51.100.14").body())
                .as("whitespace around the token").contains("\"verified\":false", "\"status\":\"malformed\"");
    }

    @Test
    void answersTooManyRequestsPastTheLimitOfOneClientOnly(AtiendeServer server) throws Exception {
        String client = "203.0.113.77";
        int answered = 0;
        HttpResponse<String> last;
        do {
            last = get(server, "/api/v1/verifications/ZZZZZZZZZZZZ", client);
            answered++;
        } while (last.statusCode() == 200 && answered <= 31);

        assertThat(answered).as("the 31st check in a minute is refused").isEqualTo(31);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> page = get(server, "/verify/ZZZZZZZZZZZZ", client);
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("data-state=\"limited\"", "Demasiadas consultas");
        assertThat(get(server, "/verify/ZZZZZZZZZZZZ", "203.0.113.78").statusCode()).as("another client").isEqualTo(200);
    }

    private HttpResponse<String> get(AtiendeServer server, String path, String client)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "es")
                .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postCredential(AtiendeServer server, String credential, String client)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/api/v1/credentials/verify"))
                .header("Content-Type", "application/vc+jwt").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(credential)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}
