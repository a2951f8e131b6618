package com.atiende.domain.course;

/** What a course item is: a lesson to read or a scenario to play. */
public enum CourseItemKind {
    LESSON,
    SCENARIO
}
