package com.atiende.api;

import com.atiende.web.common.ApiText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The API's error page: problem+json in the client's language where the site's HTML error page would be sent. Jersey
 * answers a few requests itself, before any resource, mapper or JAX-RS filter, with the container's
 * {@code sendError} (400 for a Content-Type or Accept header it cannot parse), and an API client got the page meant
 * for people in browsers.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiErrorPage extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new ProblemOnError(response, ApiText.languages(request.getHeader("Accept-Language"))));
    }

    /** A response whose {@code sendError} writes a problem instead of handing over to the error page. */
    static final class ProblemOnError extends HttpServletResponseWrapper {

        private final List<Locale> languages;

        ProblemOnError(HttpServletResponse response, List<Locale> languages) {
            super(response);
            this.languages = languages;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            Response.Status answered = ProblemMappers.answered(status);
            resetBuffer();
            setStatus(answered.getStatusCode());
            setContentType(Problem.MEDIA_TYPE);
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            getWriter().write(Problem.json(answered, ApiText.say(languages, ProblemMappers.refusalKey(answered)),
                    List.of()));
            flushBuffer();
        }
    }
}
