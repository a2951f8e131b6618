package com.atiende.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code after} parameter of a list: the key of the last row of a page (the values the list is ordered by),
 * written as an opaque URL-safe string that the page's {@code next} hands the caller. Opaque, so that callers follow
 * it rather than build it, and the key can change without a new version of the API.
 */
final class Cursor {

    private static final String SEPARATOR = "\n";

    private Cursor() {
    }

    /** The cursor of these values; the last may contain anything, the others no line break. */
    static String of(String... values) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /** The values of a cursor that has {@code count} of them; empty when it is not one this API gave. */
    static Optional<List<String>> values(String cursor, int count) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(decoded.split(Pattern.quote(SEPARATOR), count));
            return values.size() == count ? Optional.of(values) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
