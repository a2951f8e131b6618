package com.atiende.domain.content;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseItem;
import com.atiende.domain.course.CourseStatus;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.Scenario;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourseAssemblerTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    private final CourseAssembler assembler = new CourseAssembler();

    @Test
    void assemblesAPublishedVersionWithItsItemsInOrder() {
        ContentCatalog catalog = ContentFixture.valid().read();
        ValidationReport report = new ContentValidator().validate(catalog);

        Course course = assembler.assemble(catalog.courses().get(0), report, 3, 7, NOON);

        assertThat(course.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(course.getVersion()).isEqualTo(3);
        assertThat(course.getCatalogueOrder()).isEqualTo(7);
        assertThat(course.getPublishedAt()).isEqualTo(NOON);
        assertThat(course.getContentHash()).isEqualTo(catalog.courses().get(0).contentHash());
        assertThat(course.getFloors()).containsExactly(Map.entry("empatia", 50));
        assertThat(course.getItems()).extracting(CourseItem::getCode).containsExactly("escuchar", "llamada");
        Lesson lesson = course.lesson("escuchar").orElseThrow();
        assertThat(lesson.getSelfCheck().get(0).correctOptionIndex()).isZero();
    }

    @Test
    void storesTheScenarioAnalysisWithTheScenario() {
        ContentCatalog catalog = ContentFixture.valid().read();

        Scenario scenario = assembler.assemble(catalog.courses().get(0), new ContentValidator().validate(catalog), 1,
                0, NOON).scenario("llamada").orElseThrow();

        assertThat(scenario.getMaxPoints()).containsOnly(Map.entry("escucha-activa", 4), Map.entry("empatia", 2));
        assertThat(scenario.getMinPoints()).containsOnly(Map.entry("escucha-activa", 0), Map.entry("empatia", -3));
        assertThat(scenario.getPathCount()).isEqualTo(5);
        assertThat(scenario.getBestPathDecisions()).isEqualTo(2);
        assertThat(scenario.choiceAt("saludo", "c").getCriticalExplanation())
                .isEqualTo("Rechazar al cliente termina la llamada.");
    }

    @Test
    void refusesContentWithProblems() {
        ContentCatalog catalog = ContentFixture.valid().replace(ContentFixture.LESSON, "minutes: 5", "minutes: 0")
                .read();
        ValidationReport report = new ContentValidator().validate(catalog);

        assertThatThrownBy(() -> assembler.assemble(catalog.courses().get(0), report, 1, 0, NOON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("curso/lessons/escuchar.md: minutes: minutes must be more than 0");
    }

    @Test
    void assemblesACompetency() {
        Competency competency = assembler.assemble(ContentFixture.valid().read().competencies().get(1));

        assertThat(competency.getCode()).isEqualTo("empatia");
        assertThat(competency.name("en")).isEqualTo("Empathy");
        assertThat(competency.name("es")).isEqualTo("Empatía");
    }
}
