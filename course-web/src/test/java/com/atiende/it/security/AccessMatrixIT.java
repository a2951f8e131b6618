package com.atiende.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import com.atiende.it.WebSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access matrix: every page and endpoint with who may open it, walked as anonymous and as each demo
 * account. Allowed means 200; a denied anonymous visitor is sent to sign in (pages) or gets 401 (API); a denied
 * signed-in person gets 403. A page or endpoint that is missing from the table fails the test, so nothing new
 * is born unprotected.
 */
@RunningAtiende
class AccessMatrixIT {

    enum Visitor { ANONYMOUS, EMPLOYEE, TRAINER, HR, ADMIN }

    private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    /** Every demo account is also an employee, as real trainers, HR people and administrators are. */
    private static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));

    private static final Map<String, Set<Visitor>> PAGES = Map.ofEntries(
            Map.entry("/", EVERYONE),
            Map.entry("/index.xhtml", EVERYONE),
            Map.entry("/login.xhtml", EVERYONE),
            Map.entry("/course.xhtml?code=escucha-empatia", EVERYONE),
            Map.entry("/learner/index.xhtml", SIGNED_IN),
            Map.entry("/account/profile.xhtml", SIGNED_IN),
            Map.entry("/learner/catalog.xhtml", SIGNED_IN),
            // Pages about one enrolment or attempt: opened without one of the visitor's own, they are "not found".
            Map.entry("/learner/course.xhtml?enrolment=999999", SIGNED_IN),
            Map.entry("/learner/lesson.xhtml?enrolment=999999&lesson=x", SIGNED_IN),
            Map.entry("/learner/play.xhtml?attempt=999999", SIGNED_IN),
            Map.entry("/learner/assessment.xhtml?enrolment=999999", SIGNED_IN),
            Map.entry("/hr/audit.xhtml", EnumSet.of(Visitor.HR, Visitor.ADMIN)),
            Map.entry("/hr/assignments.xhtml", EnumSet.of(Visitor.HR, Visitor.ADMIN)),
            Map.entry("/hr/tokens.xhtml", EnumSet.of(Visitor.HR, Visitor.ADMIN)),
            Map.entry("/admin/users.xhtml", EnumSet.of(Visitor.ADMIN)),
            Map.entry("/admin/import.xhtml", EnumSet.of(Visitor.ADMIN)),
            Map.entry("/admin/keys.xhtml", EnumSet.of(Visitor.ADMIN)),
            // Public certificate verification; an unknown code is an answer ("unknown"), not a missing page.
            Map.entry("/verify.xhtml", EVERYONE),
            Map.entry("/verify", EVERYONE),
            Map.entry("/verify/ZZZZZZZZZZZZ", EVERYONE),
            Map.entry("/hr/certificates.xhtml", EnumSet.of(Visitor.HR, Visitor.ADMIN)),
            Map.entry("/hr/expiring.xhtml", EnumSet.of(Visitor.HR, Visitor.ADMIN)),
            Map.entry("/hr/certificates.zip", EnumSet.of(Visitor.HR, Visitor.ADMIN)),
            Map.entry("/hr/assignments.csv", EnumSet.of(Visitor.HR, Visitor.ADMIN)),
            // Certificate files: only one's own (learner) or any (HR); a certificate that does not exist is "not found".
            Map.entry("/hr/certificates/999999.pdf", EnumSet.of(Visitor.HR, Visitor.ADMIN)),
            Map.entry("/learner/certificates/999999.pdf", SIGNED_IN),
            Map.entry("/learner/certificates/999999.jwt", SIGNED_IN));

    /** API endpoints answer only to bearer tokens: with a session cookie alone they are as closed as to anyone. */
    private static final Map<String, Set<Visitor>> API = Map.of(
            "/api/v1/courses", EnumSet.noneOf(Visitor.class),
            "/api/v1/assignments", EnumSet.noneOf(Visitor.class));

    /**
     * Public API endpoints: no token needed, the same answer for everyone (the status of a GET: 405 for the
     * endpoint that only takes a POSTed credential, 404 for a key the issuer does not have).
     */
    private static final Map<String, Integer> PUBLIC_API = Map.of(
            "/api/v1/verifications/{code}", 200,
            "/api/v1/issuer", 200,
            "/api/v1/issuer/jwks", 200,
            "/api/v1/issuer/keys/{keyId}", 404,
            "/api/v1/issuer/revocations", 200,
            "/api/v1/credentials/verify", 405);

    private static final Map<String, Set<Visitor>> OPERATIONS = Map.of(
            "/health/ready", EVERYONE,
            "/health/live", EVERYONE,
            "/openapi", EVERYONE);

    /** Payara's metrics (heap, threads, database pool): administrators only; a scraper uses a token of its own. */
    private static final Map<String, Set<Visitor>> METRICS = Map.of("/metrics", EnumSet.of(Visitor.ADMIN));

    private static final Map<Visitor, WebSession> sessions = new EnumMap<>(Visitor.class);

    @BeforeAll
    static void signInEveryone(AtiendeServer server) throws Exception {
        sessions.put(Visitor.ANONYMOUS, new WebSession(server));
        for (DemoAccounts account : DemoAccounts.values()) {
            WebSession session = new WebSession(server);
            assertThat(session.signIn(account.email(), DemoAccounts.PASSWORD).statusCode()).as(account.name()).isEqualTo(302);
            sessions.put(Visitor.valueOf(account.name()), session);
        }
    }

    @Test
    void everyPageAnswersEachVisitorAsTheMatrixSays() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Set<Visitor>> page : PAGES.entrySet()) {
            for (Visitor visitor : Visitor.values()) {
                HttpResponse<String> response = sessions.get(visitor).get(page.getKey());
                String expected = page.getValue().contains(visitor) ? (page.getKey().contains("999999") ? "404" : "200")
                        : visitor == Visitor.ANONYMOUS ? "302 to sign-in" : "403";
                String actual = describe(response);
                if (!actual.equals(expected)) {
                    failures.add(page.getKey() + " as " + visitor + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void apiEndpointsRefuseCookiesAndAnonymousVisitors() throws Exception {
        for (Map.Entry<String, Set<Visitor>> endpoint : API.entrySet()) {
            for (Visitor visitor : Visitor.values()) {
                HttpResponse<String> response = sessions.get(visitor).get(endpoint.getKey());
                assertThat(response.statusCode()).as(endpoint.getKey() + " as " + visitor).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void publicApiEndpointsAnswerEveryoneWithoutAToken() throws Exception {
        for (Map.Entry<String, Integer> endpoint : PUBLIC_API.entrySet()) {
            for (Visitor visitor : Visitor.values()) {
                HttpResponse<String> response = sessions.get(visitor).get(endpoint.getKey().replaceAll("\\{[^}]+}", "ZZZZZZZZZZZZ"));
                assertThat(response.statusCode()).as(endpoint.getKey() + " as " + visitor).isEqualTo(endpoint.getValue());
            }
        }
    }

    @Test
    void operationsEndpointsAreOpen() throws Exception {
        for (String path : OPERATIONS.keySet()) {
            assertThat(sessions.get(Visitor.ANONYMOUS).get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        for (Map.Entry<String, Set<Visitor>> endpoint : METRICS.entrySet()) {
            for (Visitor visitor : Visitor.values()) {
                int expected = endpoint.getValue().contains(visitor) ? 200 : visitor == Visitor.ANONYMOUS ? 401 : 403;
                assertThat(sessions.get(visitor).get(endpoint.getKey()).statusCode())
                        .as(endpoint.getKey() + " as " + visitor).isEqualTo(expected);
            }
            assertThat(sessions.get(Visitor.ANONYMOUS).get(endpoint.getKey(), "atd_unknown").statusCode())
                    .as(endpoint.getKey() + " with an unknown token").isEqualTo(401);
        }
    }

    @Test
    void metricsTakeAnAdministratorsTokenOnlyWithItsOwnScope() throws Exception {
        String metricsToken = sessions.get(Visitor.ADMIN).createToken("Prometheus", "metrics:read");
        String coursesToken = sessions.get(Visitor.ADMIN).createToken("Cursos", "courses:read");
        String hrMetricsToken = sessions.get(Visitor.HR).createToken("Prometheus de RR. HH.", "metrics:read");
        WebSession anonymous = sessions.get(Visitor.ANONYMOUS);

        assertThat(anonymous.get("/metrics", metricsToken).statusCode()).as("administrator, metrics:read").isEqualTo(200);
        assertThat(anonymous.get("/metrics", coursesToken).statusCode()).as("administrator, courses:read").isEqualTo(403);
        assertThat(anonymous.get("/metrics", hrMetricsToken).statusCode()).as("HR, metrics:read").isEqualTo(403);
    }

    @Test
    void everyPageOfTheWarIsInTheMatrix() throws IOException {
        Path webapp = Path.of("src", "main", "webapp");
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .forEach(pages::add);
        }
        assertThat(PAGES.keySet().stream().map(page -> page.replaceFirst("\\?.*", "")).toList()).containsAll(pages);
    }

    @Test
    void everyApiEndpointIsInTheMatrix() throws Exception {
        String openApi = sessions.get(Visitor.ANONYMOUS).get("/openapi").body();
        Matcher path = Pattern.compile("(?m)^  (/api/[^:]+):").matcher(openApi);
        Set<String> endpoints = new TreeSet<>();
        while (path.find()) {
            endpoints.add(path.group(1));
        }
        assertThat(endpoints).isNotEmpty();
        Set<String> listed = new TreeSet<>(API.keySet());
        listed.addAll(PUBLIC_API.keySet());
        assertThat(listed).containsAll(endpoints);
    }

    private static String describe(HttpResponse<String> response) {
        if (response.statusCode() == 302) {
            return response.headers().firstValue("Location").filter(location -> location.contains("/login.xhtml?continue="))
                    .map(location -> "302 to sign-in").orElse("302 to " + response.headers().firstValue("Location").orElse("?"));
        }
        return Integer.toString(response.statusCode());
    }
}
