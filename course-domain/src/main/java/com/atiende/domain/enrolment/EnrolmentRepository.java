package com.atiende.domain.enrolment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where enrolments are kept. Every look-up a learner can trigger names the learner, so that an enrolment of someone
 * else is simply not found. The JPA implementation uses the {@code Enrolment.*} named queries.
 */
public interface EnrolmentRepository {

    /** The learner's enrolment with this id; empty when there is none or it belongs to someone else. */
    Optional<Enrolment> findOwned(long learnerId, long enrolmentId);

    /**
     * The id of the course version an enrolment of this learner is bound to, without loading the course: readers
     * then take the shared, read-only copy of the content instead of a private one.
     */
    Optional<Long> findOwnedCourseId(long learnerId, long enrolmentId);

    /**
     * For the lesson reader, in one query: the course version of the learner's enrolment (as
     * {@link #findOwnedCourseId}) and whether the enrolment has the lesson marked read; empty when the enrolment is
     * not the learner's.
     */
    Optional<LessonReading> findLessonReading(long learnerId, long enrolmentId, String lessonCode);

    /** Where a learner stands with one lesson of an enrolment. */
    record LessonReading(long courseId, boolean read) {
    }

    /**
     * The learner's enrolment, locked until the transaction ends. Every change of progress takes this lock first, so
     * that the changes of one enrolment (a lesson read, an answer, a completion) happen one after the other, each
     * seeing the last; the row version remains the guard of last resort.
     */
    Optional<Enrolment> lockOwned(long learnerId, long enrolmentId);

    /**
     * For progress recorded against an enrolment read without its lock: the commit checks and raises the enrolment's
     * row version whatever else changed, so a concurrent change of progress (a lesson read in another tab) fails
     * one of the two, to be run again on what the other committed.
     */
    void guardVersion(Enrolment enrolment);

    /** The learner's open enrolment in any version of the course, if there is one (there is at most one). */
    Optional<Enrolment> findActive(long learnerId, String courseCode);

    /** The ids of the learner's open enrolments by course code (one query, no entities). */
    Map<String, Long> findOpenIdsByCourse(long learnerId);

    /** All the learner's enrolments, newest first. */
    List<Enrolment> findByLearner(long learnerId);

    /**
     * The codes of the lessons the learner has read in each of their enrolments, by enrolment id (absent = none), in
     * one query: how far along each course is and which lesson comes next.
     */
    Map<Long, Set<String>> lessonsRead(long learnerId);

    /**
     * The enrolment, whoever's it is, locked until the transaction ends: a job that claims work about an enrolment (a
     * due-date reminder) takes this lock first, so that two instances reaching it at once take turns.
     */
    Optional<Enrolment> lock(long enrolmentId);

    void store(Enrolment enrolment);
}
