package com.atiende.domain.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.attempt.LearningFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which reminder an open course due by a date calls for, and when none. */
class DueReminderTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Instant ENROLLED = LearningFixture.ENROLLED;
    private static final Instant DUE = ENROLLED.plus(Duration.ofDays(30));

    private final LearningFixture fixture = LearningFixture.standard();

    @Test
    void aCourseDueWithinTheLeadTimeCallsForADueSoonReminder() {
        Enrolment enrolment = due(DUE);

        assertThat(DueReminder.calledFor(enrolment, DUE.minus(Duration.ofDays(8)), WEEK)).isEmpty();
        assertThat(DueReminder.calledFor(enrolment, DUE.minus(WEEK), WEEK)).contains(DueReminder.Kind.DUE_SOON);
        assertThat(DueReminder.calledFor(enrolment, DUE, WEEK)).as("on the last moment").contains(DueReminder.Kind.DUE_SOON);
    }

    @Test
    void aCourseOpenPastItsDateCallsForAnOverdueReminder() {
        assertThat(DueReminder.calledFor(due(DUE), DUE.plusMillis(1), WEEK)).contains(DueReminder.Kind.OVERDUE);
    }

    @Test
    void aCourseTakenOnWithinTheLeadTimeIsNotRemindedOfADateJustGiven() {
        Enrolment assignedLate = due(ENROLLED.plus(Duration.ofDays(5)));

        assertThat(DueReminder.calledFor(assignedLate, ENROLLED.plus(Duration.ofDays(1)), WEEK)).isEmpty();
        assertThat(DueReminder.calledFor(assignedLate, ENROLLED.plus(Duration.ofDays(6)), WEEK))
                .as("but overdue is news").contains(DueReminder.Kind.OVERDUE);
    }

    @Test
    void aCompletedCourseOrOneDueByNoDateCallsForNothing() {
        Enrolment done = due(DUE);
        done.markLessonRead("escuchar", ENROLLED);
        done.completeIfDone(Set.of("llamada"), ENROLLED);

        assertThat(DueReminder.calledFor(done, DUE.plusSeconds(60), WEEK)).isEmpty();
        assertThat(DueReminder.calledFor(fixture.enrol(), DUE.plusSeconds(60), WEEK)).isEmpty();
    }

    private Enrolment due(Instant dueAt) {
        return new Enrolment(LearningFixture.learner(), fixture.course(), ENROLLED, dueAt);
    }
}
