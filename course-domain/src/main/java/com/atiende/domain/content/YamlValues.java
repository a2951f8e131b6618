package com.atiende.domain.content;

import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Turns the plain values SnakeYAML's safe constructor produces into the types content needs, reporting a problem
 * (and returning null) for anything else. Messages name what was found, because YAML's guesses surprise authors:
 * {@code no} is a boolean, {@code 2024-05-01} a date.
 */
final class YamlValues {

    private static final int QUOTED_TEXT_LENGTH = 40;

    private YamlValues() {
    }

    static String text(Object value, String file, String location, List<ContentProblem> problems) {
        if (value instanceof String text) {
            return text;
        }
        problems.add(new ContentProblem(file, location, "expected text but found " + describe(value)
                + (isScalar(value) ? "; put the text in quotes" : "")));
        return null;
    }

    /** Ids may be written as bare numbers ({@code id: 1}); they are kept as text. */
    static String id(Object value, String file, String location, List<ContentProblem> problems) {
        if (value instanceof Integer number) {
            return number.toString();
        }
        return text(value, file, location, problems);
    }

    static Integer wholeNumber(Object value, String file, String location, List<ContentProblem> problems) {
        if (value instanceof Integer number) {
            return number;
        }
        String message = value instanceof Long || value instanceof BigInteger
                ? "the number " + value + " is too large"
                : "expected a whole number but found " + describe(value);
        problems.add(new ContentProblem(file, location, message));
        return null;
    }

    static Boolean bool(Object value, String file, String location, List<ContentProblem> problems) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        problems.add(new ContentProblem(file, location, "expected true or false but found " + describe(value)));
        return null;
    }

    /** A list, or an empty one (with a problem) when the value is something else. */
    static List<?> list(Object value, String file, String location, List<ContentProblem> problems) {
        if (value instanceof List<?> list) {
            return list;
        }
        problems.add(new ContentProblem(file, location, "expected a list (lines starting with '- ') but found "
                + describe(value)));
        return List.of();
    }

    static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String text) {
            return "text '" + (text.length() > QUOTED_TEXT_LENGTH ? text.substring(0, QUOTED_TEXT_LENGTH) + "…" : text)
                    + "'";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "a whole number (" + value + ")";
        }
        if (value instanceof Number) {
            return "a decimal number (" + value + ")";
        }
        if (value instanceof Boolean) {
            return "a true/false value (" + value + ")";
        }
        if (value instanceof Date) {
            return "a date";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        return "a value of type " + value.getClass().getSimpleName();
    }

    private static boolean isScalar(Object value) {
        return value instanceof Number || value instanceof Boolean || value instanceof Date;
    }
}
