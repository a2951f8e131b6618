package com.atiende.domain.course;

/**
 * One entry of a course, in the order the learner sees it: a lesson or a scenario. Lessons and scenarios are kept
 * in their own tables but share one sort order within their course.
 */
public interface CourseItem {

    Course getCourse();

    /** The item's id in the content files, unique within its course. */
    String getCode();

    String getTitle();

    /** Position within the course, from 0. */
    int getSortOrder();

    CourseItemKind getKind();
}
