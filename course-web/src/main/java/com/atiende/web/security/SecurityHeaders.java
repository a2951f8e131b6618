package com.atiende.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response, each once. Faces pages get their Content-Security-Policy from PrimeFaces
 * (which adds a per-request nonce for its scripts, see web.xml); everything else gets a policy that allows nothing to
 * run. Also {@code Vary: Accept-Encoding}: the listener gzips text for clients that accept it (payara-micro.asadmin)
 * but does not say so, and a shared cache that is not told would hand a compressed stylesheet to a client that
 * cannot read it.
 *
 * <p>Errors are responses too. The filter also runs for error dispatches (a 404 of a download servlet, a 500 shown
 * by an error page), where the strict policy set for the original request is already on the response and the Faces
 * error page then adds PrimeFaces' own: PrimeFaces' policy replaces it rather than joining it. A response the
 * authentication mechanism answers itself (401, the redirect to sign in) never reaches a filter, so the mechanism
 * applies the same headers ({@link #apply}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For responses that are not Faces pages: JSON, files, errors from the container. */
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String POLICY = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Sets the headers of every response; replaces, never adds, so applying them twice leaves each once. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Vary", "Accept-Encoding");
        if (!isFacesPage(request) && !response.containsHeader(POLICY)) {
            response.setHeader(POLICY, STRICT_POLICY);
        }
    }

    /** For a response that is not a page whatever its address says (a redirect to sign in). */
    static void applyStrictPolicy(HttpServletResponse response) {
        response.setHeader(POLICY, STRICT_POLICY);
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/"));
    }

    /** A response on which a Content-Security-Policy added later (PrimeFaces') replaces the one already set. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
