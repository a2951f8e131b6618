package com.atiende.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atiende.assessment.content.ContentImport;
import com.atiende.assessment.content.ImportResult;
import com.atiende.assessment.content.InvalidContentException;
import com.atiende.assessment.content.ShippedContentLoader;
import com.atiende.domain.content.ContentSource;
import com.atiende.infrastructure.persistence.DatabaseMigration;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.course.CourseStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.annotation.Resource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform inside Payara Micro: the schema migrated at start-up, then publishing content into the real
 * database: the shipped courses, idempotence,
 * a new version for a changed file with the old one intact, and all-or-nothing refusal of invalid content.
 * The methods run in order because they tell one story on one database.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformContainerIT {

    private static final String CHANGED_LESSON = "escucha-empatia/lessons/lo-normal-ya-no-basta.md";

    @Deployment
    static WebArchive atiende() {
        return Deployments.atiendeWith(PlatformContainerIT.class);
    }

    @EJB
    private ContentImport contentImport;

    @Inject
    private CourseRepository courses;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Test
    @Order(0)
    void migratesTheSchemaAtStartUp() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet history = connection.createStatement().executeQuery(
                     "SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            history.next();
            assertThat(history.getInt(1)).as("applied migrations").isGreaterThanOrEqualTo(2);
            assertThat(history.getInt(2)).as("failed migrations").isZero();
        }
    }

    @Test
    @Order(1)
    void publishesTheShippedCoursesAtStartUp() throws Exception {
        assertThat(inTransaction(() -> courses.findPublished().stream().map(Course::getCode).toList()))
                .containsExactly("escucha-empatia", "atencion", "cliente-interno", "lo-que-no-soportan");
    }

    @Test
    @Order(2)
    void publishingUnchangedContentAgainChangesNothing() throws Exception {
        ImportResult result = contentImport.publish(ShippedContentLoader.shippedContent());

        assertThat(result.changedAnything()).isFalse();
        assertThat(result.unchanged()).hasSize(4);
        assertThat(inTransaction(() -> courses.findLatest("atencion").orElseThrow().getVersion())).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aChangedLessonPublishesANewVersionAndKeepsTheOldOneIntact() throws Exception {
        ContentSource changed = path -> path.equals(CHANGED_LESSON)
                ? ShippedContentLoader.shippedContent().read(path)
                        .map(bytes -> (new String(bytes, StandardCharsets.UTF_8) + "\nUn párrafo nuevo.\n")
                                .getBytes(StandardCharsets.UTF_8))
                : ShippedContentLoader.shippedContent().read(path);

        ImportResult result = contentImport.publish(changed);

        assertThat(result.published()).containsExactly("escucha-empatia v2");
        inTransaction(() -> {
            Course first = courses.find("escucha-empatia", 1).orElseThrow();
            Course second = courses.findPublished("escucha-empatia").orElseThrow();
            assertThat(first.getStatus()).isEqualTo(CourseStatus.ARCHIVED);
            assertThat(second.getVersion()).isEqualTo(2);
            assertThat(first.getLessons().get(0).getBody()).doesNotContain("Un párrafo nuevo.");
            assertThat(second.getLessons().get(0).getBody()).contains("Un párrafo nuevo.");
            assertThat(first.getScenarios()).hasSameSizeAs(second.getScenarios());
            assertThat(first.getScenarios().get(0).getSteps()).isNotEmpty();
            return null;
        });
    }

    @Test
    @Order(4)
    void invalidContentIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
        String brokenScenario = "atencion/scenarios/enfermera-seguimiento.yaml";
        ContentSource broken = path -> path.equals(brokenScenario)
                ? ShippedContentLoader.shippedContent().read(path)
                        .map(bytes -> new String(bytes, StandardCharsets.UTF_8)
                                .replaceFirst("next: ", "next: paso-que-no-existe-")
                                .getBytes(StandardCharsets.UTF_8))
                : path.equals(CHANGED_LESSON) ? Optional.of("sin front matter".getBytes(StandardCharsets.UTF_8))
                : ShippedContentLoader.shippedContent().read(path);

        assertThatThrownBy(() -> contentImport.publish(broken))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining(brokenScenario)
                .hasMessageContaining("paso-que-no-existe-")
                .hasMessageContaining(CHANGED_LESSON);
        assertThat(inTransaction(() -> courses.findLatest("escucha-empatia").orElseThrow().getVersion())).isEqualTo(2);
        assertThat(inTransaction(() -> courses.findLatest("atencion").orElseThrow().getVersion())).isEqualTo(1);
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.rollback();
        }
    }
}
