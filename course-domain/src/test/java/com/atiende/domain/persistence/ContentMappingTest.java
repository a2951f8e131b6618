package com.atiende.domain.persistence;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.content.ContentCatalog;
import com.atiende.domain.content.ContentFixture;
import com.atiende.domain.content.ContentValidator;
import com.atiende.domain.content.CourseAssembler;
import com.atiende.domain.content.ValidationReport;
import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseItem;
import com.atiende.domain.course.CourseStatus;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.course.ScenarioStep;
import com.atiende.domain.course.SelfCheckOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Proves that the entities and the migrations agree: the real migrations build a fresh database, and EclipseLink
 * (the provider Payara runs) stores and reloads an assembled course through the production mappings. The database
 * is an in-memory H2 unless {@code -Datiende.it.db=postgresql} asks for PostgreSQL ({@code atiende.it.pg.url},
 * {@code .user}, {@code .password}), where each test works in a schema of its own, dropped afterwards.
 */
class ContentMappingTest {

    private static final Instant PUBLISHED = Instant.parse("2025-03-01T12:00:00Z");
    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("atiende.it.db"));

    private Flyway flyway;
    private EntityManagerFactory factory;
    private ContentCatalog catalog;
    private ValidationReport report;

    @BeforeEach
    void migrateAndConnect() {
        String name = "mapping_" + UUID.randomUUID().toString().replace("-", "");
        String url = POSTGRESQL
                ? System.getProperty("atiende.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/") + "postgres"
                        + "?currentSchema=" + name
                : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        String user = POSTGRESQL ? System.getProperty("atiende.it.pg.user", "postgres") : "sa";
        String password = POSTGRESQL ? System.getProperty("atiende.it.pg.password", "") : "";
        flyway = Flyway.configure().dataSource(url, user, password).schemas(POSTGRESQL ? name : "PUBLIC")
                .locations("classpath:db/migration").cleanDisabled(!POSTGRESQL).load();
        flyway.migrate();
        factory = Persistence.createEntityManagerFactory("atiende-mapping-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
        catalog = ContentFixture.valid().read();
        report = new ContentValidator().validate(catalog);
        assertThat(report.isValid()).as(report.describe()).isTrue();
    }

    @AfterEach
    void close() {
        factory.close();
        if (POSTGRESQL) {
            flyway.clean();
        }
    }

    @Test
    void storesAndReloadsACourseWithItsLessonAndScenario() {
        inTransaction(em -> {
            CourseAssembler assembler = new CourseAssembler();
            catalog.competencies().forEach(definition -> em.persist(assembler.assemble(definition)));
            em.persist(assembler.assemble(catalog.courses().get(0), report, 1, 0, PUBLISHED));
        });

        EntityManager em = factory.createEntityManager();
        em.getEntityManagerFactory().getCache().evictAll();
        Course course = em.createNamedQuery("Course.findPublished", Course.class).getSingleResult();

        assertThat(course.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(course.getPublishedAt()).isEqualTo(PUBLISHED);
        assertThat(course.getPassRules().getPassMark()).isEqualTo(60);
        assertThat(course.getPassRules().getAttemptKept()).isEqualTo(AttemptKept.BEST);
        assertThat(course.getFloors()).containsOnly(Map.entry("empatia", 50));
        assertThat(course.getWeights()).containsOnly(Map.entry("escucha-activa", 2), Map.entry("empatia", 1));
        assertThat(course.getItems()).extracting(CourseItem::getCode).containsExactly("escuchar", "llamada");

        Lesson lesson = course.lesson("escuchar").orElseThrow();
        assertThat(lesson.getBody()).startsWith("## Escuchar");
        assertThat(lesson.getTakeaways()).containsExactly("Escucha antes de responder.");
        assertThat(lesson.getSelfCheck().get(0).getOptions()).extracting(SelfCheckOption::getText,
                SelfCheckOption::isCorrect).containsExactly(
                tuple("Escuchar.", true),
                tuple("Responder.", false));

        Scenario scenario = course.scenario("llamada").orElseThrow();
        assertThat(scenario.getSteps()).extracting(ScenarioStep::getCode).containsExactly("saludo", "problema");
        assertThat(scenario.firstStep().getWaitedMinutes()).isEqualTo(10);
        assertThat(scenario.step("problema").orElseThrow().getWaitedMinutes()).isNull();
        assertThat(scenario.firstStep().getChoices()).extracting(Choice::getCode).containsExactly("a", "b", "c");
        assertThat(scenario.choiceAt("saludo", "a").getEffects())
                .containsOnly(Map.entry("escucha-activa", 2), Map.entry("empatia", 2));
        assertThat(scenario.choiceAt("saludo", "c").isCritical()).isTrue();
        assertThat(scenario.getEndings()).hasSize(2);
        assertThat(scenario.getMaxPoints()).containsOnly(Map.entry("escucha-activa", 4), Map.entry("empatia", 2));
        assertThat(scenario.getPathCount()).isEqualTo(5);
        em.close();
    }

    @Test
    void findsTheLatestVersionAndThePublishedOne() {
        CourseAssembler assembler = new CourseAssembler();
        inTransaction(em -> em.persist(assembler.assemble(catalog.courses().get(0), report, 1, 0, PUBLISHED)));
        inTransaction(em -> {
            em.createNamedQuery("Course.findPublishedByCode", Course.class).setParameter("code", "curso")
                    .getSingleResult().archive();
            em.persist(assembler.assemble(catalog.courses().get(0), report, 2, 0, PUBLISHED.plusSeconds(60)));
        });

        EntityManager em = factory.createEntityManager();
        assertThat(em.createNamedQuery("Course.findLatestByCode", Course.class).setParameter("code", "curso")
                .getSingleResult().getVersion()).isEqualTo(2);
        assertThat(em.createNamedQuery("Course.findPublished", Course.class).getResultList())
                .extracting(Course::getVersion).containsExactly(2);
        assertThat(em.createNamedQuery("Course.findByCodeAndVersion", Course.class).setParameter("code", "curso")
                .setParameter("version", 1).getSingleResult().getStatus()).isEqualTo(CourseStatus.ARCHIVED);
        em.close();
    }

    @Test
    void findsCompetenciesByCode() {
        CourseAssembler assembler = new CourseAssembler();
        inTransaction(em -> catalog.competencies().forEach(definition -> em.persist(assembler.assemble(definition))));

        EntityManager em = factory.createEntityManager();
        assertThat(em.createNamedQuery("Competency.findAll", Competency.class).getResultList())
                .extracting(Competency::getCode).containsExactly("empatia", "escucha-activa");
        assertThat(em.createNamedQuery("Competency.findByCode", Competency.class).setParameter("code", "empatia")
                .getSingleResult().getNameEn()).isEqualTo("Empathy");
        em.close();
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        work.accept(em);
        em.getTransaction().commit();
        em.close();
    }
}
