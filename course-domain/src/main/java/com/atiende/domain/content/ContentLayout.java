package com.atiende.domain.content;

import com.atiende.domain.course.CourseItemKind;
import java.util.Arrays;

/**
 * Where each kind of course item lives in a content tree and how a course descriptor names it, written once for
 * the reader, the validator and (later) the writer of packages.
 */
enum ContentLayout {

    LESSON(CourseItemKind.LESSON, "lesson", "lessons", ".md"),
    SCENARIO(CourseItemKind.SCENARIO, "scenario", "scenarios", ".yaml"),
    FINAL_ASSESSMENT(CourseItemKind.FINAL_ASSESSMENT, "assessment", "assessments", ".yaml");

    private final CourseItemKind kind;
    private final String key;
    private final String folder;
    private final String extension;

    ContentLayout(CourseItemKind kind, String key, String folder, String extension) {
        this.kind = kind;
        this.key = key;
        this.folder = folder;
        this.extension = extension;
    }

    static ContentLayout of(CourseItemKind kind) {
        return Arrays.stream(values()).filter(layout -> layout.kind == kind).findFirst().orElseThrow();
    }

    CourseItemKind kind() {
        return kind;
    }

    /** The key of a course descriptor's item, {@code lesson: <id>} for a lesson; also the word used in messages. */
    String key() {
        return key;
    }

    /** The item's file, relative to the content root. */
    String file(String courseFolder, String id) {
        return courseFolder + "/" + folder + "/" + id + extension;
    }
}
