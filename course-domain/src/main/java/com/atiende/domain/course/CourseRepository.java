package com.atiende.domain.course;

import java.util.List;
import java.util.Optional;

/**
 * Where course versions are kept. The JPA implementation lives in the infrastructure layer and uses the
 * {@code Course.*} named queries.
 */
public interface CourseRepository {

    /**
     * Lets this transaction change content. Published content is read-only everywhere else (one shared, cached copy
     * that no request may alter by accident); publishing is the one activity that writes it.
     */
    void openForPublishing();

    /** The published versions, in catalogue order. */
    List<Course> findPublished();

    /** The published version of a course, if it has one. */
    Optional<Course> findPublished(String code);

    /** The highest version of a course, whatever its status. */
    Optional<Course> findLatest(String code);

    Optional<Course> find(String code, int version);

    /**
     * A course version for reading only: the shared cached copy, never cloned into the transaction. Published
     * versions never change, so pages that only show content use this and stay cheap however big the course.
     */
    Optional<Course> findForReading(long courseId);

    void store(Course course);
}
