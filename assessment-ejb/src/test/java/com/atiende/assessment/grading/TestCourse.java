package com.atiende.assessment.grading;

import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.competency.Competency;
import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.PassRules;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.course.ScenarioEnding;
import com.atiende.domain.course.ScenarioStep;
import com.atiende.domain.course.SelfCheckOption;
import com.atiende.domain.course.SelfCheckQuestion;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A published course built in memory: lesson {@code leer}, then the required scenario {@code queja}. Weights
 * escucha 2, empatia 1; pass mark 60; floor empatia 50. In {@code queja}, step {@code inicio} offers
 * a (escucha +2, empatia +2) and b (escucha +1, empatia -1) to {@code cierre}, and a critical c; {@code cierre} offers
 * a (escucha +2) to the ending {@code bien} and b (escucha -1) to {@code mal}. Maxima escucha 4, empatia 2.
 */
public final class TestCourse {

    public static final Instant AT = Instant.parse("2025-05-05T10:00:00Z");

    /** The ids the database would have given, set on the in-memory entities since views carry them. */
    public static final long ENROLMENT_ID = 3;
    public static final long SCENARIO_ID = 7;

    public static final Map<String, Competency> COMPETENCIES = Map.of(
            "escucha", new Competency("escucha", "Escucha activa", "Active listening", "Dejar hablar.",
                    "Letting people speak."),
            "empatia", new Competency("empatia", "Empatía", "Empathy", "Entender a la otra persona.",
                    "Understanding the other person."));

    private TestCourse() {
    }

    public static Enrolment enrolment() {
        Course course = course();
        assignId(course.scenario("queja").orElseThrow(), SCENARIO_ID);
        Learner learner = new Learner("ana@example.com", "Ana", null, Set.of(Role.EMPLOYEE), AT);
        return assignId(new Enrolment(learner, course, AT, null), ENROLMENT_ID);
    }

    /** The course, published, as the database would receive it (no ids). */
    public static Course course() {
        Course course = new Course("curso", 1, "Curso", "Resumen", "es", 0, "hash",
                new PassRules(60, Map.of("empatia", 50), 3, AttemptKept.BEST, 0, 14),
                Map.of("escucha", 2, "empatia", 1), 24);
        course.addLesson(new Lesson(course, 0, "leer", "Leer", 5, "## Leer", List.of("Lee."),
                List.of(new SelfCheckQuestion("¿Leíste?", List.of(new SelfCheckOption("Sí.", true, "Bien."),
                        new SelfCheckOption("No.", false, "Lee."))))));
        ScenarioStep inicio = new ScenarioStep("inicio", "Llama un cliente.", "molesto", 5, "Hola.", List.of(
                new Choice("a", "Le escucho.", "Escuchas.", Map.of("escucha", 2, "empatia", 2), "cierre", null),
                new Choice("b", "Su número.", "Frío.", Map.of("escucha", 1, "empatia", -1), "cierre", null),
                new Choice("c", "No es mi problema.", "Inaceptable.", Map.of("empatia", -3), null,
                        "Rechazas al cliente.")));
        ScenarioStep cierre = new ScenarioStep("cierre", "Explica el problema.", null, null, "No funciona.",
                List.of(new Choice("a", "Lo reviso.", "Te haces cargo.", Map.of("escucha", 2), "bien", null),
                        new Choice("b", "Llame luego.", "Le despachas.", Map.of("escucha", -1), "mal", null)));
        course.addScenario(new Scenario(course, 1, "queja", "Una queja", "Resumen", true, "telefono", "Luis",
                "inicio", List.of(inicio, cierre),
                List.of(new ScenarioEnding("bien", "Resuelto", "Cuelga contento."),
                        new ScenarioEnding("mal", "Perdido", "Se va.")),
                Map.of("escucha", 4, "empatia", 2), Map.of("escucha", 0, "empatia", -3), 5, 2));
        course.publish(AT);
        return course;
    }

    /** Plays the replies in order in a new attempt with the given number. */
    public static Attempt play(Enrolment enrolment, int number, String... choices) {
        Attempt attempt = assignId(new Attempt(enrolment, enrolment.getCourse().scenario("queja").orElseThrow(),
                number, AT, 1L), 100L + number);
        for (String choice : choices) {
            attempt.answer(attempt.currentStep().orElseThrow().getCode(), choice, attempt.getNextSequence(), AT);
        }
        return attempt;
    }

    private static <T> T assignId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
