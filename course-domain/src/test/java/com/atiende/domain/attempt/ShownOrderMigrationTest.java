package com.atiende.domain.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V11 on a database that already holds an attempt in progress, as an upgrade finds it (H2, or PostgreSQL with
 * {@code -Datiende.it.db=postgresql}): the answers given before it are recorded as shown in the authored order, the
 * only order the player had, and the attempt goes on in that order rather than change under the learner.
 */
class ShownOrderMigrationTest {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("atiende.it.db"));
    private static final Instant AT = LearningFixture.ENROLLED.plusSeconds(3600);

    private final LearningFixture fixture = LearningFixture.standard();
    private Flyway flyway;
    private EntityManagerFactory factory;

    @BeforeEach
    void migrateToV10AndConnect() {
        String name = "shown_" + UUID.randomUUID().toString().replace("-", "");
        String url = POSTGRESQL
                ? System.getProperty("atiende.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/") + "postgres"
                        + "?currentSchema=" + name
                : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        String user = POSTGRESQL ? System.getProperty("atiende.it.pg.user", "postgres") : "sa";
        String password = POSTGRESQL ? System.getProperty("atiende.it.pg.password", "") : "";
        flyway = Flyway.configure().dataSource(url, user, password).schemas(POSTGRESQL ? name : "PUBLIC")
                .locations("classpath:db/migration").cleanDisabled(!POSTGRESQL).target("10").load();
        flyway.migrate();
        factory = Persistence.createEntityManagerFactory("atiende-mapping-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
    }

    @AfterEach
    void close() {
        factory.close();
        if (POSTGRESQL) {
            flyway.clean();
        }
    }

    @Test
    void recordsEarlierAnswersInTheAuthoredOrderAndKeepsThatOrderForTheAttemptUnderWay() {
        long attemptId = inTransaction(em -> {
            fixture.competencies().forEach(em::persist);
            em.persist(fixture.course());
            Learner learner = new Learner("ana@example.com", "Ana", null, Set.of(), AT);
            em.persist(learner);
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            em.flush();
            return answeredBeforeV11(em, learner, enrolment, fixture.scenario());
        });

        Flyway.configure().configuration(flyway.getConfiguration()).target("latest").load().migrate();
        inTransaction(em -> LearningFixture.play(em.find(Attempt.class, attemptId), AT, "a"));

        Attempt finished = inTransaction(em -> {
            Attempt attempt = em.find(Attempt.class, attemptId);
            attempt.getAnswers().forEach(answer -> answer.getChoice().getCode());
            return attempt;
        });
        assertThat(finished.getShuffleSeed()).isNull();
        assertThat(finished.getAnswers()).extracting(AttemptAnswer::getStepCode, AttemptAnswer::getShownOrder,
                        AttemptAnswer::getShownPosition)
                .containsExactly(tuple("saludo", List.of("a", "b", "c"), 2), tuple("problema", List.of("a", "b"), 1));
        assertThat(finished.getStatus()).isEqualTo(AttemptStatus.FAILED);
    }

    /**
     * An attempt at {@code llamada} with reply b to {@code saludo}, written as V4's tables take it, under ids far
     * from those the sequences hand out.
     */
    private static long answeredBeforeV11(EntityManager em, Learner learner, Enrolment enrolment, Scenario scenario) {
        Choice b = scenario.choiceAt("saludo", "b");
        Timestamp at = Timestamp.from(AT);
        em.createNativeQuery("INSERT INTO attempt (id, row_version, learner_id, enrolment_id, scenario_id, attempt_no,"
                        + " status, started_at, expires_at, current_step_code, next_sequence, overall_tenths, passed,"
                        + " below_pass_mark, critical_choice) VALUES (900001, 1, ?, ?, ?, 1, 'IN_PROGRESS', ?, ?,"
                        + " 'problema', 2, 0, FALSE, FALSE, FALSE)")
                .setParameter(1, learner.getId()).setParameter(2, enrolment.getId())
                .setParameter(3, scenario.getId()).setParameter(4, at)
                .setParameter(5, Timestamp.from(AT.plusSeconds(86_400))).executeUpdate();
        em.createNativeQuery("INSERT INTO attempt_answer (id, attempt_id, sequence_no, step_code, choice_code,"
                        + " choice_id, answered_at) VALUES (900001, 900001, 1, 'saludo', 'b', ?, ?)")
                .setParameter(1, b.getId()).setParameter(2, at).executeUpdate();
        return 900_001;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
