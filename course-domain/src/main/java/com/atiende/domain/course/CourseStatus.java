package com.atiende.domain.course;

/** The life of a course version: edited as a draft, published once, archived when a newer version replaces it. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
