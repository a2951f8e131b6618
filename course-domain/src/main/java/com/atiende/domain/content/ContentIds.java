package com.atiende.domain.content;

import java.util.regex.Pattern;

/**
 * The shape of every identifier in content: course codes, lesson, scenario, step, choice and ending ids, and
 * competency codes. Ids are lower-case kebab-case because they appear in file names, URLs and database columns.
 */
public final class ContentIds {

    /** Longest id the database columns hold. */
    public static final int MAX_LENGTH = 64;

    /** How a malformed id is explained, after quoting it. */
    public static final String RULE = "ids are lower-case letters and digits in words joined by single hyphens"
            + " (kebab-case), at most " + MAX_LENGTH + " characters";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ContentIds() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }
}
