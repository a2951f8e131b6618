package com.atiende.domain.course;


import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CourseTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    private final Course course = new Course("curso", 1, "Curso", "Resumen", "es", 0, "hash",
            new PassRules(60, Map.of(), 0, AttemptKept.BEST, 0, 14), Map.of("escucha", 1), 12);

    @Test
    void startsAsDraft() {
        assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.getPublishedAt()).isNull();
    }

    @Test
    void listsLessonsAndScenariosInItemOrder() {
        course.addScenario(scenario(course, 1, "llamada"));
        course.addLesson(lesson(course, 2, "despues"));
        course.addLesson(lesson(course, 0, "antes"));

        assertThat(course.getItems()).extracting(CourseItem::getCode, CourseItem::getKind).containsExactly(
                tuple("antes", CourseItemKind.LESSON),
                tuple("llamada", CourseItemKind.SCENARIO),
                tuple("despues", CourseItemKind.LESSON));
    }

    @Test
    void publishesADraftWithItems() {
        course.addLesson(lesson(course, 0, "antes"));

        course.publish(NOON);

        assertThat(course.isPublished()).isTrue();
        assertThat(course.getPublishedAt()).isEqualTo(NOON);
    }

    @Test
    void refusesToPublishWithoutItems() {
        assertThatThrownBy(() -> course.publish(NOON)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no items");
    }

    @Test
    void refusesToChangeAPublishedVersion() {
        course.addLesson(lesson(course, 0, "antes"));
        course.publish(NOON);

        assertThatThrownBy(() -> course.addLesson(lesson(course, 1, "despues")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot add items to course 'curso' v1: it is PUBLISHED, not DRAFT");
    }

    @Test
    void refusesToPublishTwice() {
        course.addLesson(lesson(course, 0, "antes"));
        course.publish(NOON);

        assertThatThrownBy(() -> course.publish(NOON)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void archivesOnlyAPublishedVersion() {
        assertThatThrownBy(course::archive).isInstanceOf(IllegalStateException.class);

        course.addLesson(lesson(course, 0, "antes"));
        course.publish(NOON);
        course.archive();

        assertThat(course.getStatus()).isEqualTo(CourseStatus.ARCHIVED);
    }

    @Test
    void refusesAnItemBuiltForAnotherCourse() {
        Course other = new Course("otro", 1, "Otro", "Resumen", "es", 1, "hash",
                new PassRules(60, Map.of(), 0, AttemptKept.LAST, 0, 14), Map.of("escucha", 1), 12);

        assertThatThrownBy(() -> course.addLesson(lesson(other, 0, "antes")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoItemsWithOneCode() {
        course.addLesson(lesson(course, 0, "antes"));

        assertThatThrownBy(() -> course.addScenario(scenario(course, 1, "antes")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Lesson lesson(Course course, int position, String code) {
        return new Lesson(course, position, code, "Título", 5, "Texto.", List.of("Idea."), List.of(
                new SelfCheckQuestion("¿Pregunta?", List.of(new SelfCheckOption("Sí", true, "Bien."),
                        new SelfCheckOption("No", false, "Mal.")))));
    }

    private static Scenario scenario(Course course, int position, String code) {
        return new Scenario(course, position, code, "Llamada", "Resumen", true, "telefono", "Luis", "inicio",
                List.of(new ScenarioStep("inicio", "Contexto.", null, null, "Hola.", List.of(
                        new Choice("a", "Hola.", "Bien.", Map.of("escucha", 1), "fin", null)))),
                List.of(new ScenarioEnding("fin", "Fin", "Termina.")), Map.of("escucha", 1), Map.of("escucha", 1),
                1, 1);
    }
}
