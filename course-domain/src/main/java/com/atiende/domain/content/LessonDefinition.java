package com.atiende.domain.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A lesson file as read: its front matter and its Markdown body. Fields the reader could not read are null; lists
 * are never null.
 *
 * @param id   the file name without {@code .md}
 * @param file path relative to the content root
 * @param body the Markdown after the front matter, without leading or trailing blank lines
 */
public record LessonDefinition(String id, String file, String title, Integer minutes, List<String> takeaways,
                               List<SelfCheckDefinition> selfCheck, String body) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

    public LessonDefinition {
        takeaways = List.copyOf(takeaways);
        selfCheck = List.copyOf(selfCheck);
    }

    /** Words in the body, not counting Markdown marks such as {@code ##}, {@code -} or {@code >}. */
    public int wordCount() {
        if (body == null || body.isBlank()) {
            return 0;
        }
        return (int) WHITESPACE.splitAsStream(body.strip()).filter(token -> WORD.matcher(token).matches()).count();
    }
}
