package com.atiende.domain.content;

import java.util.Objects;

/**
 * One thing wrong with the content, said so that a trainer can find and fix it without help: the file, the place in
 * it and what is wrong. Places are written either as a path into the file, with list indexes counting from 0
 * ({@code steps[2].choices[1].next}), or by ids ({@code step 'saludo', choice 'b'}); an empty place means the whole
 * file.
 *
 * @param file     path relative to the content root, e.g. {@code escucha-empatia/scenarios/tarjeta-bloqueada.yaml}
 * @param location where in the file, or empty
 * @param message  what is wrong, in English
 */
public record ContentProblem(String file, String location, String message) {

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** One line: {@code file: location: message}, or {@code file: message} for the whole file. */
    public String describe() {
        return location.isEmpty() ? file + ": " + message : file + ": " + location + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
