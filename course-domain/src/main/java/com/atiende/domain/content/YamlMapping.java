package com.atiende.domain.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping being read field by field. Each field read is remembered, so that afterwards every other key can
 * be reported as unknown (a misspelt optional field would otherwise be silently ignored). Missing required
 * fields and values of the wrong type are reported with their path and read as null.
 */
final class YamlMapping {

    private final Map<?, ?> entries;
    private final String file;
    private final String path;
    private final List<ContentProblem> problems;
    private final Set<String> known = new LinkedHashSet<>();

    private YamlMapping(Map<?, ?> entries, String file, String path, List<ContentProblem> problems) {
        this.entries = entries;
        this.file = file;
        this.path = path;
        this.problems = problems;
    }

    static Optional<YamlMapping> of(Object value, String file, String path, List<ContentProblem> problems) {
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new YamlMapping(map, file, path, problems));
        }
        problems.add(new ContentProblem(file, path, "expected a mapping (key: value lines) but found "
                + YamlValues.describe(value)));
        return Optional.empty();
    }

    String location(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports a problem with the value of one of this mapping's fields. */
    void report(String key, String message) {
        problems.add(new ContentProblem(file, location(key), message));
    }

    boolean has(String key) {
        return entries.get(key) != null;
    }

    int size() {
        return entries.size();
    }

    String text(String key) {
        Object value = required(key);
        return value == null ? null : YamlValues.text(value, file, location(key), problems);
    }

    String optionalText(String key) {
        Object value = optional(key);
        return value == null ? null : YamlValues.text(value, file, location(key), problems);
    }

    String id(String key) {
        Object value = required(key);
        return value == null ? null : YamlValues.id(value, file, location(key), problems);
    }

    String optionalId(String key) {
        Object value = optional(key);
        return value == null ? null : YamlValues.id(value, file, location(key), problems);
    }

    Integer wholeNumber(String key) {
        Object value = required(key);
        return value == null ? null : YamlValues.wholeNumber(value, file, location(key), problems);
    }

    Integer optionalWholeNumber(String key) {
        Object value = optional(key);
        return value == null ? null : YamlValues.wholeNumber(value, file, location(key), problems);
    }

    Boolean bool(String key) {
        Object value = required(key);
        return value == null ? null : YamlValues.bool(value, file, location(key), problems);
    }

    boolean optionalBool(String key, boolean whenAbsent) {
        Object value = optional(key);
        Boolean flag = value == null ? null : YamlValues.bool(value, file, location(key), problems);
        return flag == null ? whenAbsent : flag;
    }

    Optional<YamlMapping> mapping(String key) {
        Object value = required(key);
        return value == null ? Optional.empty() : of(value, file, location(key), problems);
    }

    /** An optional list: absent or empty both read as an empty list, which the validator judges. */
    List<?> list(String key) {
        Object value = optional(key);
        return value == null ? List.of() : YamlValues.list(value, file, location(key), problems);
    }

    /**
     * An optional mapping of competency codes to signed whole numbers, in file order; absent reads as empty. Entries
     * of the wrong type are reported and left out.
     */
    Map<String, Integer> points(String key) {
        Object value = optional(key);
        Map<String, Integer> points = new LinkedHashMap<>();
        if (value == null) {
            return points;
        }
        of(value, file, location(key), problems).ifPresent(mapping -> mapping.entries.forEach((code, number) -> {
            String at = location(key) + "." + code;
            if (!(code instanceof String text)) {
                problems.add(new ContentProblem(file, at, "a competency code must be text, not "
                        + YamlValues.describe(code)));
                return;
            }
            Integer whole = YamlValues.wholeNumber(number, file, at, problems);
            if (whole != null) {
                points.put(text, whole);
            }
        }));
        return points;
    }

    /** Reports every key that was not read as a field, suggesting the field it was probably meant to be. */
    void reportUnknownKeys() {
        List<Object> unknown = new ArrayList<>();
        for (Object key : entries.keySet()) {
            if (!(key instanceof String text) || !known.contains(text)) {
                unknown.add(key);
            }
        }
        for (Object key : unknown) {
            String name = String.valueOf(key);
            String message = "unknown field '" + name + "'" + closest(name).map(k -> " (did you mean '" + k + "'?)")
                    .orElse("; expected one of " + String.join(", ", known));
            problems.add(new ContentProblem(file, location(name), message));
        }
    }

    private Object required(String key) {
        known.add(key);
        Object value = entries.get(key);
        if (value == null) {
            problems.add(new ContentProblem(file, location(key), "'" + key + "' is missing"));
        }
        return value;
    }

    private Object optional(String key) {
        known.add(key);
        return entries.get(key);
    }

    private Optional<String> closest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(key -> distance(lower, key.toLowerCase(Locale.ROOT)) <= 2)
                .min((a, b) -> Integer.compare(distance(lower, a.toLowerCase(Locale.ROOT)),
                        distance(lower, b.toLowerCase(Locale.ROOT))));
    }

    /** Levenshtein distance, for suggestions between short field names. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
