package com.atiende.domain.enrolment;

import com.atiende.domain.attempt.LearningFixture;
import com.atiende.domain.content.ContentFixture;
import com.atiende.domain.content.ContentValidator;
import com.atiende.domain.content.CourseAssembler;
import com.atiende.domain.course.Course;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EnrolmentTest {

    private static final Instant READ = LearningFixture.ENROLLED.plusSeconds(600);

    private final LearningFixture fixture = LearningFixture.standard();
    private final Enrolment enrolment = fixture.enrol();

    @Test
    void aCourseWithAFinalAssessmentIsCompleteOnlyOnceItIsPassed() {
        Enrolment closedByAssessment = LearningFixture.withFinalAssessment().enrol();
        closedByAssessment.markLessonRead("escuchar", READ);

        assertThat(closedByAssessment.requiredItemCodes()).containsExactlyInAnyOrder("llamada", "final");
        assertThat(closedByAssessment.isComplete(Set.of("llamada"))).isFalse();
        assertThat(closedByAssessment.completeIfDone(Set.of("llamada", "final"), READ)).isTrue();
    }

    @Test
    void startsActiveOnThePublishedVersionWithNothingRead() {
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(enrolment.getCourse()).isSameAs(fixture.course());
        assertThat(enrolment.getCourseCode()).isEqualTo("curso");
        assertThat(enrolment.getLessonsRead()).isEmpty();
        assertThat(enrolment.requiredScenarioCodes()).containsExactly("llamada");
    }

    @Test
    void refusesACourseVersionThatIsNotPublished() {
        var catalog = ContentFixture.valid().read();
        Course draft = new CourseAssembler().assemble(catalog.courses().get(0),
                new ContentValidator().validate(catalog), 1, 0, LearningFixture.PUBLISHED);
        draft.archive();

        assertThatThrownBy(() -> new Enrolment(LearningFixture.learner(), draft, READ, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marksALessonReadOnce() {
        assertThat(enrolment.markLessonRead("escuchar", READ)).isTrue();
        assertThat(enrolment.markLessonRead("escuchar", READ.plusSeconds(60))).isFalse();

        assertThat(enrolment.getLessonsRead()).singleElement().satisfies(read -> {
            assertThat(read.getLessonCode()).isEqualTo("escuchar");
            assertThat(read.getReadAt()).isEqualTo(READ);
        });
    }

    @Test
    void refusesALessonOfAnotherCourse() {
        assertThatThrownBy(() -> enrolment.markLessonRead("otra-leccion", READ))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("otra-leccion");
    }

    static Stream<Arguments> completion() {
        return Stream.of(
                arguments("nothing done", false, Set.of(), false),
                arguments("lessons read, scenario not passed", true, Set.of(), false),
                arguments("scenario passed, lesson not read", false, Set.of("llamada"), false),
                arguments("everything done", true, Set.of("llamada"), true),
                arguments("a passed scenario the course does not have changes nothing", true, Set.of("otro"),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completion")
    void isCompleteWhenEveryLessonIsReadAndEveryRequiredScenarioPassed(String description, boolean lessonRead,
                                                                      Set<String> passed, boolean complete) {
        if (lessonRead) {
            enrolment.markLessonRead("escuchar", READ);
        }

        assertThat(enrolment.isComplete(passed)).isEqualTo(complete);
        assertThat(enrolment.completeIfDone(passed, READ)).isEqualTo(complete);
        assertThat(enrolment.getStatus()).isEqualTo(complete ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE);
        assertThat(enrolment.getCompletedAt()).isEqualTo(complete ? READ : null);
    }

    @Test
    void completesOnlyOnce() {
        enrolment.markLessonRead("escuchar", READ);
        enrolment.completeIfDone(Set.of("llamada"), READ);

        assertThat(enrolment.completeIfDone(Set.of("llamada"), READ.plusSeconds(60))).isFalse();
        assertThat(enrolment.getCompletedAt()).isEqualTo(READ);
    }

    @Test
    void anOptionalScenarioIsNotNeededToComplete() {
        Enrolment withOptional = LearningFixture.of(ContentFixture.valid()
                .replace(ContentFixture.SCENARIO, "required: true", "required: false")).enrol();
        withOptional.markLessonRead("escuchar", READ);

        assertThat(withOptional.requiredScenarioCodes()).isEmpty();
        assertThat(withOptional.isComplete(Set.of())).isTrue();
    }

    @Test
    void stampsEveryChangeOfProgress() {
        enrolment.recordActivity(READ);

        assertThat(enrolment.getLastActivityAt()).isEqualTo(READ);
        assertThat(enrolment.getEnrolledAt()).isEqualTo(LearningFixture.ENROLLED);
    }
}
