package com.atiende.domain.content;

import com.atiende.domain.course.CourseItemKind;

/** One entry of a course descriptor's {@code items}: a lesson or a scenario id, in the order learners see them. */
public record CourseItemDefinition(CourseItemKind kind, String id) {
}
