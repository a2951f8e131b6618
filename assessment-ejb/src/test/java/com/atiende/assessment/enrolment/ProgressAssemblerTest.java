package com.atiende.assessment.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atiende.assessment.grading.TestCourse;
import com.atiende.domain.attempt.AttemptRecord;
import com.atiende.domain.attempt.AttemptStatus;
import com.atiende.domain.course.CourseItemKind;
import com.atiende.domain.enrolment.Enrolment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressAssemblerTest {

    private static final Instant NOW = TestCourse.AT.plus(Duration.ofHours(2));

    private final Enrolment enrolment = TestCourse.enrolment();

    @Test
    void countsNothingDoneForANewEnrolment() {
        EnrolmentProgress progress = ProgressAssembler.progress(enrolment, Set.of(), List.of(), List.of(), null, NOW);

        assertThat(progress.courseCode()).isEqualTo("curso");
        assertThat(List.of(progress.lessonsRead(), progress.lessonsTotal(), progress.requiredScenariosPassed(),
                progress.requiredScenariosTotal())).containsExactly(0, 1, 0, 1);
        assertThat(progress.percentDone()).isZero();
        assertThat(progress.certificate()).isNull();
        assertThat(progress.next()).extracting(ItemProgress::kind, ItemProgress::code)
                .containsExactly(CourseItemKind.LESSON, "leer");
    }

    @Test
    void leadsToARolePlayNotPassedOnceTheLessonsAreRead() {
        EnrolmentProgress progress = ProgressAssembler.progress(enrolment, Set.of("leer"),
                List.of(graded(1, AttemptStatus.FAILED, 400)), List.of(), null, NOW);

        assertThat(progress.lessonsRead()).isEqualTo(1);
        assertThat(progress.next()).extracting(ItemProgress::kind, ItemProgress::code, ItemProgress::openAttemptId)
                .containsExactly(CourseItemKind.SCENARIO, "queja", null);
    }

    @Test
    void leadsToTheRolePlayUnderWayBeforeALessonNotYetRead() {
        AttemptRecord open = new AttemptRecord(9, TestCourse.ENROLMENT_ID, TestCourse.SCENARIO_ID, 1,
                AttemptStatus.IN_PROGRESS, false, 0, NOW, NOW.plus(Duration.ofDays(14)), null);

        EnrolmentProgress progress = ProgressAssembler.progress(enrolment, Set.of(), List.of(open), List.of(), null, NOW);

        assertThat(progress.next()).extracting(ItemProgress::kind, ItemProgress::code, ItemProgress::openAttemptId)
                .containsExactly(CourseItemKind.SCENARIO, "queja", 9L);
    }

    @Test
    void countsOnlyTheLessonsOfTheEnrolledVersion() {
        EnrolmentProgress progress = ProgressAssembler.progress(enrolment, Set.of("leer", "retirada"), List.of(),
                List.of(), null, NOW);

        assertThat(progress.lessonsRead()).isEqualTo(1);
    }

    @Test
    void countsARequiredScenarioPassedWhenTheKeptAttemptPassed() {
        List<AttemptRecord> attempts = List.of(graded(1, AttemptStatus.FAILED, 400), graded(2, AttemptStatus.PASSED,
                800));

        EnrolmentProgress progress = ProgressAssembler.progress(enrolment, Set.of("leer"), attempts, List.of(), null,
                NOW);

        assertThat(progress.requiredScenariosPassed()).isEqualTo(1);
        assertThat(progress.percentDone()).isEqualTo(100);
        assertThat(progress.next()).as("nothing left to do").isNull();
    }

    @Test
    void listsTheItemsInCourseOrderWithTheirProgress() {
        enrolment.markLessonRead("leer", TestCourse.AT);
        AttemptRecord open = new AttemptRecord(9, TestCourse.ENROLMENT_ID, TestCourse.SCENARIO_ID, 2, AttemptStatus.IN_PROGRESS, false, 0, NOW,
                NOW.plus(Duration.ofDays(14)), null);

        List<ItemProgress> items = ProgressAssembler.items(enrolment,
                List.of(graded(1, AttemptStatus.FAILED, 333), open), List.of(), NOW);

        assertThat(items).extracting(ItemProgress::kind, ItemProgress::code, ItemProgress::done,
                        ItemProgress::readAt, ItemProgress::attemptsUsed, ItemProgress::attemptsAllowed,
                        ItemProgress::keptStatus, ItemProgress::openAttemptId)
                .containsExactly(
                        tuple(CourseItemKind.LESSON, "leer", true, TestCourse.AT, 0, 0, null, null),
                        tuple(CourseItemKind.SCENARIO, "queja", false, null, 2, 3, AttemptStatus.FAILED, 9L));
        assertThat(items.get(1).keptScore()).isEqualByComparingTo("33.3");
    }

    private static AttemptRecord graded(int number, AttemptStatus status, int overallTenths) {
        return new AttemptRecord(number, TestCourse.ENROLMENT_ID, TestCourse.SCENARIO_ID, number, status, status == AttemptStatus.PASSED,
                overallTenths, TestCourse.AT, TestCourse.AT.plus(Duration.ofDays(14)), TestCourse.AT.plusSeconds(60));
    }
}
