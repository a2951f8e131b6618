package com.atiende.domain.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/** That a lesson of the enrolled course version was marked read, and when. */
@Embeddable
public class LessonRead {

    @Column(name = "lesson_code", nullable = false, length = 64)
    private String lessonCode;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected LessonRead() {
        // for JPA
    }

    LessonRead(String lessonCode, Instant readAt) {
        this.lessonCode = Objects.requireNonNull(lessonCode, "lessonCode");
        this.readAt = Objects.requireNonNull(readAt, "readAt");
    }

    public String getLessonCode() {
        return lessonCode;
    }

    public Instant getReadAt() {
        return readAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LessonRead that && lessonCode.equals(that.lessonCode) && readAt.equals(that.readAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lessonCode, readAt);
    }
}
