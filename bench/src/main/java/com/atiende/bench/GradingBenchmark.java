package com.atiende.bench;

import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.AttemptResult;
import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.PassRules;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.course.ScenarioEnding;
import com.atiende.domain.course.ScenarioStep;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Plays and grades a whole 10-decision attempt through the domain, as {@code AttemptService.choose} does between
 * database round trips: each reply is checked against the current step and recorded, and the last one grades the
 * attempt with {@code Scoring} and {@code PassRules}. The scenario is built in memory: ten steps in a row, each
 * offering three replies that move three competencies, then two endings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GradingBenchmark {

    private static final int DECISIONS = 10;
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    /** The reply taken at each step: a mix, so that grading has effects of every sign to add up. */
    private static final String[] PATH = {"a", "b", "a", "c", "a", "a", "b", "a", "c", "a"};

    private static final String[] STEPS = new String[DECISIONS];

    static {
        for (int i = 0; i < DECISIONS; i++) {
            STEPS[i] = "paso-" + (i + 1);
        }
    }

    private Enrolment enrolment;
    private Scenario scenario;

    @Setup
    public void buildScenario() {
        Course course = new Course("bench", 1, "Bench", "Bench", "es", 0, "hash",
                new PassRules(70, Map.of("empatia", 50), 0, AttemptKept.BEST, 0, 14),
                Map.of("escucha", 3, "empatia", 2, "atencion", 1), 24);
        List<ScenarioStep> steps = new ArrayList<>();
        for (int i = 1; i <= DECISIONS; i++) {
            String next = i == DECISIONS ? "fin" : STEPS[i];
            steps.add(new ScenarioStep(STEPS[i - 1], "Contexto " + i, null, null, "Dice " + i, List.of(
                    new Choice("a", "Bien", "Escuchas.", Map.of("escucha", 2, "empatia", 1), next, null),
                    new Choice("b", "Regular", "Frío.", Map.of("escucha", 1, "empatia", -1, "atencion", 1), next,
                            null),
                    new Choice("c", "Mal", "Despachas.", Map.of("escucha", -1, "atencion", -1),
                            i == DECISIONS ? "perdido" : next, null))));
        }
        scenario = new Scenario(course, 0, "escenario", "Escenario", "Resumen", true, "telefono", "Luis", "paso-1",
                steps, List.of(new ScenarioEnding("fin", "Fin", "Bien."), new ScenarioEnding("perdido", "Perdido",
                        "Mal.")),
                Map.of("escucha", 2 * DECISIONS, "empatia", DECISIONS, "atencion", DECISIONS),
                Map.of("escucha", -DECISIONS, "empatia", -DECISIONS, "atencion", -DECISIONS), 59_049, DECISIONS);
        course.addScenario(scenario);
        course.publish(NOW);
        enrolment = new Enrolment(new Learner("bench@example.com", "Bench", null, Set.of(Role.EMPLOYEE), NOW),
                course, NOW, null);
    }

    @Benchmark
    public AttemptResult gradeTenDecisionAttempt() {
        Attempt attempt = new Attempt(enrolment, scenario, 1, NOW, 1L);
        for (int i = 0; i < DECISIONS; i++) {
            attempt.answer(STEPS[i], PATH[i], i + 1, NOW);
        }
        return attempt.result().orElseThrow();
    }
}
