package com.atiende.domain.content;


import java.util.ArrayList;
import java.util.List;

/**
 * The problems found so far in one validation, with the checks shared by every rule. A null value means the reader
 * could not read the field and has already said why, so the checks skip it rather than report it twice.
 */
final class Findings {

    /** Text limits: the widths of the V1 columns that hold each kind of text. */
    static final int SHORT_TEXT = 300;
    static final int LONG_TEXT = 4000;
    static final int TAKEAWAY = 1000;
    static final int BODY = 100_000;
    static final int LANGUAGE = 16;

    private final List<ContentProblem> problems = new ArrayList<>();

    void add(String file, String location, String message) {
        problems.add(new ContentProblem(file, location, message));
    }

    List<ContentProblem> problems() {
        return problems;
    }

    void text(String file, String location, String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            add(file, location, "'" + field + "' is empty");
        } else if (value.length() > maxLength) {
            add(file, location, "'" + field + "' is longer than " + maxLength + " characters");
        }
    }

    /** Checks an id's shape; returns whether it is usable (present and well-formed). */
    boolean id(String file, String location, String kind, String id) {
        if (id == null) {
            return false;
        }
        if (!ContentIds.isWellFormed(id)) {
            add(file, location, "'" + id + "' is not a valid " + kind + " id: " + ContentIds.RULE);
            return false;
        }
        return true;
    }
}
