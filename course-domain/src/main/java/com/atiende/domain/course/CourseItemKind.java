package com.atiende.domain.course;

/** What a course item is: a lesson to read, a scenario to play or the final assessment to pass. */
public enum CourseItemKind {
    LESSON,
    SCENARIO,
    FINAL_ASSESSMENT
}
