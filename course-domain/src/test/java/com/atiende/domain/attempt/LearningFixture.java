package com.atiende.domain.attempt;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.content.ContentCatalog;
import com.atiende.domain.content.ContentFixture;
import com.atiende.domain.content.ContentValidator;
import com.atiende.domain.content.CourseAssembler;
import com.atiende.domain.content.ValidationReport;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@link ContentFixture} course ({@code curso}: lesson {@code escuchar}, scenario {@code llamada}) assembled and
 * published in memory, with a learner enrolled in it. Its five paths through {@code llamada} (weights escucha-activa
 * 2, empatia 1; pass mark 60; floor empatia 50):
 * <pre>
 *   a,a  escucha 100  empatia 100  overall 100.0  passed, ending resuelto
 *   a,b  escucha  25  empatia  50  overall  33.3  below pass mark, ending perdido
 *   b,a  escucha  75  empatia   0  overall  50.0  below pass mark and empatia floor, ending resuelto
 *   b,b  escucha   0  empatia   0  overall   0.0  all negative, ending perdido
 *   c    escucha   0  empatia   0  overall   0.0  critical choice (no effect on escucha-activa)
 * </pre>
 */
public final class LearningFixture {

    public static final Instant PUBLISHED = Instant.parse("2025-03-01T09:00:00Z");
    public static final Instant ENROLLED = Instant.parse("2025-03-03T09:00:00Z");
    /** The seed of the attempts' order of replies: saludo shows c, a, b and problema b, a. */
    public static final long SEED = 42L;

    private final Course course;
    private final List<Competency> competencies;

    private LearningFixture(ContentFixture content) {
        ContentCatalog catalog = content.read();
        ValidationReport report = new ContentValidator().validate(catalog);
        if (!report.isValid()) {
            throw new IllegalStateException(report.describe());
        }
        CourseAssembler assembler = new CourseAssembler();
        this.course = assembler.assemble(catalog.courses().get(0), report, 1, 0, PUBLISHED);
        this.competencies = catalog.competencies().stream().map(assembler::assemble).toList();
    }

    public static LearningFixture standard() {
        return new LearningFixture(ContentFixture.valid());
    }

    /** The course closed by the content fixture's final assessment. */
    public static LearningFixture withFinalAssessment() {
        return new LearningFixture(ContentFixture.valid().withFinalAssessment());
    }

    /** Any variant of the content fixture, e.g. with an optional scenario. */
    public static LearningFixture of(ContentFixture content) {
        return new LearningFixture(content);
    }

    /** The course with its descriptor edited, e.g. another pass mark or cool-down. */
    public static LearningFixture withCourse(UnaryOperator<String> edit) {
        ContentFixture content = ContentFixture.valid();
        String descriptor = new String(content.source().read(ContentFixture.COURSE).orElseThrow(),
                StandardCharsets.UTF_8);
        return new LearningFixture(content.with(ContentFixture.COURSE, edit.apply(descriptor)));
    }

    public Course course() {
        return course;
    }

    public Scenario scenario() {
        return course.scenario("llamada").orElseThrow();
    }

    public FinalAssessment finalAssessment() {
        return course.finalAssessment().orElseThrow();
    }

    public List<Competency> competencies() {
        return competencies;
    }

    public Competency competency(String code) {
        return competencies.stream().filter(competency -> competency.getCode().equals(code)).findFirst()
                .orElseThrow();
    }

    public static Learner learner() {
        return new Learner("ana@example.com", "Ana", "Atención", Set.of(Role.EMPLOYEE), ENROLLED);
    }

    public Enrolment enrol() {
        return new Enrolment(learner(), course, ENROLLED, null);
    }

    public Attempt start(Enrolment enrolment, Instant at) {
        return start(enrolment, 1, at);
    }

    /** A new attempt of the given number at {@code llamada}, its replies in the order of {@link #SEED}. */
    public Attempt start(Enrolment enrolment, int number, Instant at) {
        return new Attempt(enrolment, scenario(), number, at, SEED);
    }

    /** Plays replies in order ("a", "b"...), each for the step the attempt is at, numbered from 1. */
    public static Attempt play(Attempt attempt, Instant at, String... choices) {
        for (String choice : choices) {
            attempt.answer(attempt.currentStep().orElseThrow().getCode(), choice, attempt.getNextSequence(), at);
        }
        return attempt;
    }
}
