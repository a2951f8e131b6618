package com.atiende.domain.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atiende.domain.attempt.LearningFixture;
import com.atiende.domain.enrolment.CourseAssignment.Outcome;
import com.atiende.domain.learner.Learner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * HR's order to complete a course by a date: who is enrolled, who is given the date, who is left alone; what "due by
 * a day" means; and where an enrolment stands against its date.
 */
class CourseAssignmentTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant ASSIGNED = LearningFixture.ENROLLED.plusSeconds(3_600);
    private static final Instant DUE = Enrolment.dueAtEndOf(LocalDate.of(2025, 3, 31), MADRID);

    private final LearningFixture fixture = LearningFixture.standard();
    private final Learner learner = LearningFixture.learner();
    private final CourseAssignment assignment = new CourseAssignment(fixture.course(), DUE, ASSIGNED);

    @Test
    void aCourseDueByADayIsDueAtTheEndOfThatDayWhereTheOrganisationIs() {
        assertThat(DUE).isEqualTo(Instant.parse("2025-03-31T21:59:59.999Z"));
        assertThat(Enrolment.dueAtEndOf(LocalDate.of(2025, 1, 31), MADRID))
                .as("winter time").isEqualTo(Instant.parse("2025-01-31T22:59:59.999Z"));
    }

    @Test
    void enrolsSomeoneNotTakingTheCourseInThePublishedVersionDueByTheDate() {
        CourseAssignment.Applied applied = assignment.applyTo(learner, Optional.empty(), false);

        assertThat(applied.outcome()).isEqualTo(Outcome.ENROLLED);
        assertThat(applied.newEnrolment()).hasValueSatisfying(enrolment -> {
            assertThat(enrolment.getLearner()).isSameAs(learner);
            assertThat(enrolment.getCourse()).isSameAs(fixture.course());
            assertThat(enrolment.getEnrolledAt()).isEqualTo(ASSIGNED);
            assertThat(enrolment.getDueAt()).isEqualTo(DUE);
        });
    }

    @Test
    void givesSomeoneTakingTheCourseTheDateAndKeepsTheirProgress() {
        Enrolment open = fixture.enrol();
        open.markLessonRead("escuchar", ASSIGNED);

        assertThat(assignment.applyTo(learner, Optional.of(open), false).outcome()).isEqualTo(Outcome.DUE_DATE_SET);
        assertThat(open.getDueAt()).isEqualTo(DUE);
        assertThat(open.hasRead("escuchar")).isTrue();
        assertThat(assignment.applyTo(learner, Optional.of(open), false).outcome())
                .as("the same order again").isEqualTo(Outcome.ALREADY_DUE);
    }

    @Test
    void movesADateEarlierAsWellAsLater() {
        Enrolment open = fixture.enrol();
        open.dueBy(DUE.plusSeconds(86_400 * 30));

        assertThat(assignment.applyTo(learner, Optional.of(open), true).outcome())
                .as("an open enrolment counts before an old certificate").isEqualTo(Outcome.DUE_DATE_SET);
        assertThat(open.getDueAt()).isEqualTo(DUE);
    }

    @Test
    void leavesSomeoneWithAValidCertificateAlone() {
        CourseAssignment.Applied applied = assignment.applyTo(learner, Optional.empty(), true);

        assertThat(applied.outcome()).isEqualTo(Outcome.ALREADY_CERTIFIED);
        assertThat(applied.newEnrolment()).isEmpty();
    }

    @Test
    void onlyAnEnrolmentOrANewDateIsNewsToThePerson() {
        assertThat(Outcome.values()).filteredOn(Outcome::isNews).containsExactly(Outcome.ENROLLED, Outcome.DUE_DATE_SET);
    }

    @Test
    void refusesADateThatHasPassed() {
        assertThatThrownBy(() -> new CourseAssignment(fixture.course(), ASSIGNED, ASSIGNED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompletedCourseCannotBeGivenADate() {
        Enrolment done = fixture.enrol();
        done.markLessonRead("escuchar", ASSIGNED);
        done.completeIfDone(Set.of("llamada"), ASSIGNED);

        assertThatThrownBy(() -> done.dueBy(DUE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void saysWhereAnEnrolmentStandsAgainstItsDate() {
        Enrolment open = fixture.enrol();
        assertThat(open.assignmentStateAt(ASSIGNED)).as("no date, nothing to follow").isEmpty();

        open.dueBy(DUE);
        assertThat(open.assignmentStateAt(DUE)).contains(AssignmentState.PENDING);
        assertThat(open.assignmentStateAt(DUE.plusMillis(1))).contains(AssignmentState.OVERDUE);

        open.markLessonRead("escuchar", ASSIGNED);
        open.completeIfDone(Set.of("llamada"), DUE.plusSeconds(1));
        assertThat(open.assignmentStateAt(DUE.plusSeconds(60))).contains(AssignmentState.COMPLETED_LATE);
        assertThat(AssignmentState.of(EnrolmentStatus.COMPLETED, DUE, DUE, DUE.plusSeconds(60)))
                .contains(AssignmentState.COMPLETED_ON_TIME);
    }
}
