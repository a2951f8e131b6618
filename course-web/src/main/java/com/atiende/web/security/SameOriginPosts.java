package com.atiende.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Refuses a form post to a page when the browser says it comes from another site. The session cookie is already
 * SameSite=Lax (a cross-site post arrives signed out) and stateful views carry Faces' view state; this check also
 * covers the stateless learner pages (lesson, player), whose forms carry no view state, and sibling subdomains that
 * SameSite counts as the same site. Browsers send Origin with every form post; a request without one (a script,
 * an old client) is left to the other defences. Host and port are compared, not the scheme, so that a proxy that
 * ends TLS in front of the server does not trip it.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && isCrossOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossOrigin(String origin, String host) {
        if (origin == null) {
            return false;
        }
        if (host == null || "null".equals(origin)) {
            return true;
        }
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null) {
                return true;
            }
            String originHost = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return !originHost.equals(withoutDefaultPort(host.toLowerCase(Locale.ROOT)));
        } catch (URISyntaxException malformed) {
            return true;
        }
    }

    private static String withoutDefaultPort(String host) {
        return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
    }
}
