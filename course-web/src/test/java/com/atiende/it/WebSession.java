package com.atiende.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor without a browser: keeps cookies, does not follow redirects (tests look at them), and submits
 * Faces forms the way the browser would, with the view state and the PrimeFaces CSP nonce of the page.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final AtiendeServer server;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public WebSession(AtiendeServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "es").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String bearerToken) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "es")
                .header("Authorization", "Bearer " + bearerToken).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the sign-in page; returns the response to the form post. */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        form.put("signIn:email", email);
        form.put("signIn:password", password);
        form.put("signIn:continueTo", "");
        form.put("signIn:submit", "");
        return post("/login.xhtml", page.body(), form);
    }

    /** Posts a form of {@code pageHtml} with its view state and CSP nonce. */
    public HttpResponse<String> post(String path, String pageHtml, Map<String, String> fields)
            throws IOException, InterruptedException {
        return postFrom(null, path, pageHtml, fields);
    }

    /** Posts a form as a page of {@code origin} would (the browser's Origin header), or without one when null. */
    public HttpResponse<String> postFrom(String origin, String path, String pageHtml, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, pageHtml));
        form.put("primefaces.nonce", find(NONCE, pageHtml));
        return send(origin, path, form);
    }

    private HttpResponse<String> send(String origin, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "es")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form of {@code pageHtml} with its view state but without the CSP nonce, as a plain HTML client would. */
    public HttpResponse<String> postWithoutNonce(String path, String pageHtml, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, pageHtml));
        return send(null, path, form);
    }

    /**
     * Creates an API token with these scopes, valid one day, on the tokens page as the person signed in here (HR or an
     * administrator); answers its secret.
     */
    public String createToken(String label, String... scopes) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/hr/tokens.xhtml");
        StringBuilder body = new StringBuilder();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tokens", "tokens");
        form.put("tokens:label", label);
        form.put("tokens:days", "1");
        form.put("tokens:create", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
        form.put("primefaces.nonce", find(NONCE, page.body()));
        form.forEach((name, value) -> body.append(encode(name)).append('=').append(encode(value)).append('&'));
        for (String scope : scopes) {
            body.append(encode("tokens:scopes")).append('=').append(encode(scope)).append('&');
        }
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(server.uri("/hr/tokens.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "es")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        Matcher secret = Pattern.compile("id=\"new-secret\">(atd_[^<]+)<").matcher(created.body());
        if (!secret.find()) {
            throw new IllegalStateException("no token secret on the page (status " + created.statusCode() + ")");
        }
        return secret.group(1);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().get(server.baseUri()).stream()
                .filter(cookie -> cookie.getName().equals(name)).map(cookie -> cookie.getValue())
                .findFirst().orElse(null);
    }

    public URI uri(String path) {
        return server.uri(path);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("page has no " + pattern.pattern());
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
