package com.atiende.domain.content;

import java.util.regex.Pattern;

/** The one check every content source makes on a path before using it, so that none can leave its root. */
final class ContentPaths {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]+");

    private ContentPaths() {
    }

    static String requireRelative(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/")) {
            throw new IllegalArgumentException("not a relative content path: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a relative content path: " + path);
            }
        }
        return path;
    }
}
