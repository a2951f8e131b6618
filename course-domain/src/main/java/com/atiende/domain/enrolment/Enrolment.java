package com.atiende.domain.enrolment;

import com.atiende.domain.course.Course;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.learner.Learner;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A learner taking one published version of a course: the version is fixed at enrolment, so a course republished
 * meanwhile changes nothing for them. The enrolment records the lessons read and decides, given the required
 * scenarios passed, when the course is complete.
 *
 * <p>A learner has at most one open enrolment per course code. The database enforces it with a unique key on
 * (learner, {@code active_course_code}), a copy of the course code that is cleared on completion: portable where a
 * partial unique index is not (H2). Changes of progress are serialised by locking the enrolment's row
 * ({@link EnrolmentRepository#lockOwned}), and each stamps {@link #recordActivity}, which bumps the row version:
 * two concurrent changes (the last lesson read while the last scenario is passed) can never both miss completion.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.findOwned",
        query = "SELECT e FROM Enrolment e WHERE e.id = :id AND e.learner.id = :learnerId")
@NamedQuery(name = "Enrolment.findActive",
        query = "SELECT e FROM Enrolment e WHERE e.learner.id = :learnerId AND e.activeCourseCode = :courseCode")
@NamedQuery(name = "Enrolment.openIdsByCourse",
        query = "SELECT e.activeCourseCode, e.id FROM Enrolment e WHERE e.learner.id = :learnerId"
                + " AND e.activeCourseCode IS NOT NULL")
@NamedQuery(name = "Enrolment.findByLearner",
        query = "SELECT e FROM Enrolment e WHERE e.learner.id = :learnerId ORDER BY e.enrolledAt DESC, e.id DESC")
@NamedQuery(name = "Enrolment.openOfLearners",
        query = "SELECT e FROM Enrolment e WHERE e.activeCourseCode = :courseCode AND e.learnerId IN :learnerIds")
@NamedQuery(name = "Enrolment.lessonsReadByLearner",
        query = "SELECT e.id, r.lessonCode FROM Enrolment e JOIN e.lessonsRead r WHERE e.learner.id = :learnerId")
public class Enrolment {

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    /** The same column read as a number, so that the learner's id is known without reading the learner. */
    @Column(name = "learner_id", insertable = false, updatable = false)
    private Long learnerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "course_code", nullable = false, length = 64)
    private String courseCode;

    /** The course code while the enrolment is open, null afterwards: the unique key of open enrolments. */
    @Column(name = "active_course_code", length = 64)
    private String activeCourseCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enrolment_lesson_read", joinColumns = @JoinColumn(name = "enrolment_id"))
    private Set<LessonRead> lessonsRead = new HashSet<>();

    protected Enrolment() {
        // for JPA
    }

    /**
     * Enrols a learner in a published course version.
     *
     * @param dueAt when the course should be completed (an HR assignment), or null
     */
    public Enrolment(Learner learner, Course course, Instant enrolledAt, Instant dueAt) {
        if (!course.isPublished()) {
            throw new IllegalArgumentException("course '" + course.getCode() + "' v" + course.getVersion()
                    + " is not published");
        }
        this.learner = Objects.requireNonNull(learner, "learner");
        this.course = course;
        this.courseCode = course.getCode();
        this.activeCourseCode = courseCode;
        this.status = EnrolmentStatus.ACTIVE;
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.dueAt = dueAt;
        this.lastActivityAt = enrolledAt;
    }

    /**
     * Marks a lesson of the enrolled version read; reading it again changes nothing.
     *
     * @return whether this call marked it (false when it was already read)
     * @throws IllegalArgumentException when the course version has no such lesson
     */
    public boolean markLessonRead(String lessonCode, Instant at) {
        if (course.lesson(lessonCode).isEmpty()) {
            throw new IllegalArgumentException("course '" + courseCode + "' v" + course.getVersion()
                    + " has no lesson '" + lessonCode + "'");
        }
        if (hasRead(lessonCode)) {
            return false;
        }
        lessonsRead.add(new LessonRead(lessonCode, at));
        return true;
    }

    public boolean hasRead(String lessonCode) {
        return lessonsRead.stream().anyMatch(read -> read.getLessonCode().equals(lessonCode));
    }

    /**
     * The moment a course assigned "by" a day is due: the end of that day where the organisation is, so that it is
     * overdue from the next morning, not from the start of the day named.
     */
    public static Instant dueAtEndOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    /**
     * Sets or moves the moment the course is due, as HR assigns it. Only an open enrolment can be given one: a course
     * completed is no longer due.
     *
     * @return whether the date changed
     * @throws IllegalStateException when the enrolment is completed
     */
    public boolean dueBy(Instant newDueAt) {
        Objects.requireNonNull(newDueAt, "newDueAt");
        if (!isActive()) {
            throw new IllegalStateException("enrolment " + id + " is completed: it cannot be due");
        }
        if (newDueAt.equals(dueAt)) {
            return false;
        }
        dueAt = newDueAt;
        return true;
    }

    /** Where the enrolment stands against its due date; empty when it has none. */
    public Optional<AssignmentState> assignmentStateAt(Instant now) {
        return AssignmentState.of(status, dueAt, completedAt, now);
    }

    /** Stamps a change of progress; see the class comment for why every change must touch the row. */
    public void recordActivity(Instant at) {
        this.lastActivityAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Whether the course is complete: every lesson read, every required scenario passed and, if the course has one,
     * its final assessment passed.
     *
     * @param passedItemCodes codes of the scenarios whose kept attempt passed, and the final assessment's code if
     *                        an attempt at it passed
     */
    public boolean isComplete(Set<String> passedItemCodes) {
        // Scenarios first: the lessons read are loaded only when the scenarios do not already say no.
        return passedItemCodes.containsAll(requiredItemCodes())
                && course.getLessons().stream().map(Lesson::getCode).allMatch(this::hasRead);
    }

    /**
     * Completes the enrolment if it is open and {@link #isComplete complete}.
     *
     * @return whether this call completed it
     */
    public boolean completeIfDone(Set<String> passedItemCodes, Instant at) {
        if (status != EnrolmentStatus.ACTIVE || !isComplete(passedItemCodes)) {
            return false;
        }
        status = EnrolmentStatus.COMPLETED;
        completedAt = Objects.requireNonNull(at, "at");
        activeCourseCode = null;
        return true;
    }

    /** The scenarios that must be passed to complete the course, by code. */
    public Set<String> requiredScenarioCodes() {
        return course.getScenarios().stream().filter(Scenario::isRequired).map(Scenario::getCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The items that must be passed to complete the course: the required scenarios and the final assessment. */
    public Set<String> requiredItemCodes() {
        Set<String> codes = new HashSet<>(requiredScenarioCodes());
        course.finalAssessment().ifPresent(assessment -> codes.add(assessment.getCode()));
        return Set.copyOf(codes);
    }

    public boolean isActive() {
        return status == EnrolmentStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Learner getLearner() {
        return learner;
    }

    /**
     * The learner's id, known without reading the learner (a lazy relation) once the enrolment is stored; null
     * while neither is.
     */
    public Long getLearnerId() {
        return learnerId != null ? learnerId : learner.getId();
    }

    /** The course version enrolled in. */
    public Course getCourse() {
        return course;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    /** When the course should be completed, or null when nobody set a date. */
    public Instant getDueAt() {
        return dueAt;
    }

    /** When the course was completed, or null while it is open. */
    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Set<LessonRead> getLessonsRead() {
        return Collections.unmodifiableSet(lessonsRead);
    }

    /** The codes of the lessons read, as {@link EnrolmentRepository#lessonsRead} gives them for many enrolments. */
    public Set<String> getLessonCodesRead() {
        return lessonsRead.stream().map(LessonRead::getLessonCode).collect(Collectors.toUnmodifiableSet());
    }
}
