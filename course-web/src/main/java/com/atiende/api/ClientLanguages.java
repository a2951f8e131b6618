package com.atiende.api;

import com.atiende.web.common.ApiText;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The languages an API client reads, from its Accept-Language header as {@link ApiText#languages} reads it. Not
 * Jersey's {@code getAcceptableLanguages()}: that throws on a malformed header, and the mapper that then answered the
 * failure asked again and failed again, so the client got a 500 without a word.
 */
final class ClientLanguages {

    private ClientLanguages() {
    }

    /** None when there are no headers, or when asked outside a request (a mapper called at start-up). */
    static List<Locale> of(HttpHeaders headers) {
        try {
            return headers == null ? List.of() : ApiText.languages(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (IllegalStateException outsideARequest) {
            return List.of();
        }
    }

    static List<Locale> of(ContainerRequestContext request) {
        return ApiText.languages(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
