package com.atiende.web.security;

import com.atiende.assessment.account.ApiTokenService.TokenCaller;
import com.atiende.assessment.account.ApiTokenService;
import com.atiende.assessment.account.SignInOutcome;
import com.atiende.assessment.account.SignInService;
import com.atiende.assessment.account.SignedIn;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.config.Settings;
import com.atiende.web.common.ApiText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one authentication mechanism of Atiende. Pages use a form sign-in kept in the HTTP session (a fresh
 * session id after sign-in, against fixation); the REST API under {@code /api/} accepts only a personal bearer
 * token and never the session cookie, so a forged cross-site request carrying a cookie gets nowhere ({@code /metrics}
 * takes either, see {@link #isMetrics}). Every response it answers itself carries the security headers. Roles
 * become the container's groups, mapped one-to-one to the declared roles.
 */
@ApplicationScoped
public class AtiendeAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the {@link SignedIn} person. */
    public static final String SIGNED_IN = "atiende.signedIn";
    /** Request attribute telling the sign-in page why a sign-in was refused ("refused" or "throttled"). */
    public static final String REFUSAL = "atiende.signInRefusal";
    /** Request attribute holding the scopes of the API token that authenticated the request. */
    public static final String TOKEN_SCOPES = "atiende.tokenScopes";

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** The cookie that marks a browser its account signed in from before (OWASP device cookies). */
    public static final String DEVICE_COOKIE = "ATIENDE_DEVICE";

    /** How often a session re-reads its account, so deactivation and role changes take effect. */
    private static final Duration RECHECK = Duration.ofSeconds(60);
    private static final String CHECKED_AT = "atiende.signedInCheckedAt";

    @EJB
    private SignInService signIn;

    @EJB
    private ApiTokenService tokens;

    @Inject
    private Settings settings;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // What the mechanism answers itself (401, the redirect to sign in) never reaches the filters.
        SecurityHeaders.apply(request, response);
        if (isMetrics(request) && request.getHeader("Authorization") == null) {
            return sessionPerson(request)
                    .map(person -> context.notifyContainerAboutLogin(person.email(), groups(person.roles())))
                    .orElseGet(() -> unauthorized(response, ApiText.say(languages(request), "problem.needsMetricsToken",
                            ApiTokenService.METRICS_SCOPE)));
        }
        if (isApi(request) || isMetrics(request)) {
            return authenticateApi(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(request, context, password);
        }
        Optional<SignedIn> signedIn = sessionPerson(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(signedIn.get().email(), groups(signedIn.get().roles()));
        }
        if (context.isProtected()) {
            // A redirect is no page: it gets the policy that allows nothing, not PrimeFaces' (which never runs).
            SecurityHeaders.applyStrictPolicy(response);
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.signIn(credential.getCaller(), credential.getPassword().getValue(),
                request.getRemoteAddr(), deviceToken(request));
        credential.getPassword().clear();
        if (outcome.signedIn().isEmpty()) {
            request.setAttribute(REFUSAL, outcome.throttled() ? "throttled" : "refused");
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedIn person = outcome.signedIn().get();
        if (outcome.deviceToken() != null) {
            context.getResponse().addCookie(deviceCookie(request, outcome.deviceToken()));
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SIGNED_IN, person);
        session.setAttribute(CHECKED_AT, Instant.now());
        return context.notifyContainerAboutLogin(person.email(), groups(person.roles()));
    }

    private static String deviceToken(HttpServletRequest request) {
        return request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(cookie -> DEVICE_COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst().orElse(null);
    }

    /**
     * The cookie by which this browser is known at its next sign-in, so that failures elsewhere cannot lock it out:
     * sent only with requests to Atiende itself (SameSite=Strict), never readable by scripts.
     */
    private Cookie deviceCookie(HttpServletRequest request, String token) {
        Cookie cookie = new Cookie(DEVICE_COOKIE, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) SignInService.DEVICE_TRUST.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.secureCookies());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    private Optional<SignedIn> sessionPerson(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof SignedIn person)) {
            return Optional.empty();
        }
        Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
        if (checkedAt == null || checkedAt.plus(RECHECK).isBefore(Instant.now())) {
            Optional<SignedIn> current = signIn.refresh(person.learnerId());
            if (current.isEmpty()) {
                session.invalidate();
                return Optional.empty();
            }
            session.setAttribute(SIGNED_IN, current.get());
            session.setAttribute(CHECKED_AT, Instant.now());
            return current;
        }
        return Optional.of(person);
    }

    private AuthenticationStatus authenticateApi(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<TokenCaller> caller = tokens.authenticate(header.substring(7).strip(), request.getRemoteAddr());
            if (caller.isPresent()) {
                request.setAttribute(TOKEN_SCOPES, caller.get().scopes());
                // Metrics are for a token of their own: any other token acts there with no role, and is refused.
                Set<String> groups = isMetrics(request) && !caller.get().scopes().contains(ApiTokenService.METRICS_SCOPE)
                        ? Set.of() : groups(caller.get().roles());
                return context.notifyContainerAboutLogin(caller.get().email(), groups);
            }
            return unauthorized(response, ApiText.say(languages(request), "problem.unknownToken"));
        }
        if (context.isProtected()) {
            return unauthorized(response, ApiText.say(languages(request), "problem.needsToken"));
        }
        return context.doNothing();
    }

    private static List<Locale> languages(HttpServletRequest request) {
        return ApiText.languages(request.getHeader("Accept-Language"));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"atiende\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                    + detail + "\"}");
        } catch (IOException e) {
            // The client went away; the status is all that matters.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * Payara's MicroProfile Metrics endpoint, served inside this application's context (it is deployed at the root),
     * so web.xml's constraint and this mechanism guard it: an administrator's session, or a bearer token of an
     * administrator with the scope {@code metrics:read} for a scraper; anyone else is refused with 401 rather than
     * sent to a sign-in page a scraper cannot use.
     */
    private static boolean isMetrics(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
