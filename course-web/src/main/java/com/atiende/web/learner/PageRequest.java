package com.atiende.web.learner;

import jakarta.faces.context.FacesContext;
import java.util.Optional;

/**
 * The parameters a stateless learner page is opened with, read straight from the request (query string on a GET,
 * plain form fields on a post) when its bean is created. They must be known while the posted form is decoded,
 * before Faces applies view parameters, so the page and its buttons exist to receive the post.
 */
final class PageRequest {

    private PageRequest() {
    }

    static Optional<String> text(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() || value.length() > 64 ? Optional.empty() : Optional.of(value);
    }

    /** A positive whole number, or empty when absent or malformed (which the page treats as not found). */
    static Optional<Long> id(String name) {
        return text(name).flatMap(value -> {
            try {
                long id = Long.parseLong(value);
                return id > 0 ? Optional.of(id) : Optional.empty();
            } catch (NumberFormatException malformed) {
                return Optional.empty();
            }
        });
    }
}
