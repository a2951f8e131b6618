package com.atiende.assessment.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.assessment.grading.TestCourse;
import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.AttemptAnswer;
import com.atiende.domain.course.Course;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import com.atiende.domain.shared.ShuffledOrder;
import com.atiende.infrastructure.persistence.MigratedDatabase;
import com.atiende.infrastructure.persistence.ResourceLocalTransactions;
import com.atiende.infrastructure.persistence.Wiring;
import com.atiende.infrastructure.persistence.jpa.JpaAttemptRepository;
import com.atiende.infrastructure.persistence.jpa.JpaCompetencyRepository;
import com.atiende.infrastructure.persistence.jpa.JpaEnrolmentRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order of a step's replies through the service, outside the container, on the real migrations (H2, or
 * PostgreSQL with {@code -Datiende.it.db=postgresql}): each call runs in a persistence context of its own, as a
 * reload, a resume days later or another node of a cluster would, and finds the attempt's order in what is stored.
 * Only replies that do not finish the attempt are given, so completion and the audit log are not wired.
 */
class AttemptServiceTest {

    private static final Instant AT = TestCourse.AT.plusSeconds(60);

    private MigratedDatabase database;
    private EntityManagerFactory factory;
    private ResourceLocalTransactions transactions;
    private AttemptService service;

    @BeforeEach
    void migrateAndWire() {
        database = MigratedDatabase.create("attempts");
        factory = database.factory();
        transactions = new ResourceLocalTransactions(factory);
        service = Wiring.wire(new AttemptService(), transactions.inject(new JpaEnrolmentRepository()),
                transactions.inject(new JpaAttemptRepository()), transactions.inject(new JpaCompetencyRepository()),
                Clock.fixed(AT, ZoneOffset.UTC), transactions);
        inTransaction(em -> {
            TestCourse.COMPETENCIES.values().forEach(em::persist);
            em.persist(TestCourse.course());
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void showsAStepsRepliesInTheAttemptsOrderOnEveryRequestAndRecordsItWithTheAnswer() {
        Enrolment ana = enrol("ana@example.com");
        long learner = ana.getLearner().getId();

        AttemptView started = service.start(learner, ana.getId(), "queja");
        List<String> shown = codes(started.step());
        AttemptView reloaded = current(learner, started.attemptId());
        ChoiceOutcome answered = service.choose(learner, started.attemptId(), "inicio", "b", 1);
        AttemptView resumed = service.start(learner, ana.getId(), "queja");

        Attempt stored = stored(started.attemptId());
        assertThat(shown).as("the order of the stored seed")
                .isEqualTo(ShuffledOrder.of(List.of("a", "b", "c"), stored.getShuffleSeed(), "inicio"));
        assertThat(codes(reloaded.step())).as("reloaded").isEqualTo(shown);
        assertThat(resumed.attemptId()).isEqualTo(started.attemptId());
        assertThat(codes(resumed.step())).as("the next step, resumed").isEqualTo(codes(answered.next()))
                .isEqualTo(ShuffledOrder.of(List.of("a", "b"), stored.getShuffleSeed(), "cierre"));
        assertThat(stored.getAnswers()).singleElement().satisfies(answer -> {
            assertThat(answer.getShownOrder()).isEqualTo(shown);
            assertThat(answer.getShownPosition()).isEqualTo(shown.indexOf("b") + 1);
        });
    }

    @Test
    void drawsASeedOfItsOwnForEveryAttempt() {
        Enrolment ana = enrol("ana@example.com");
        Enrolment bea = enrol("bea@example.com");

        long first = service.start(ana.getLearner().getId(), ana.getId(), "queja").attemptId();
        long second = service.start(bea.getLearner().getId(), bea.getId(), "queja").attemptId();

        // Two random longs are equal once in 2^64 draws: this cannot fail by chance, only if the seed is not drawn.
        assertThat(stored(first).getShuffleSeed()).isNotEqualTo(stored(second).getShuffleSeed());
    }

    @Test
    void showsAnAttemptStartedBeforeRepliesWereShuffledInTheAuthoredOrder() {
        Enrolment ana = enrol("ana@example.com");
        long learner = ana.getLearner().getId();
        long attempt = service.start(learner, ana.getId(), "queja").attemptId();
        inTransaction(em -> em.createNativeQuery("UPDATE attempt SET shuffle_seed = NULL WHERE id = ?")
                .setParameter(1, attempt).executeUpdate());

        AttemptView resumed = current(learner, attempt);
        service.choose(learner, attempt, "inicio", "b", 1);

        assertThat(codes(resumed.step())).containsExactly("a", "b", "c");
        assertThat(stored(attempt).getAnswers()).extracting(AttemptAnswer::getShownOrder)
                .containsExactly(List.of("a", "b", "c"));
    }

    /** {@link AttemptService#current}, in the transaction the container would begin for it. */
    private AttemptView current(long learner, long attempt) {
        return transactions.run(() -> service.current(learner, attempt));
    }

    private Enrolment enrol(String email) {
        return inTransaction(em -> {
            Learner learner = new Learner(email, email, null, Set.of(Role.EMPLOYEE), AT);
            em.persist(learner);
            Course course = em.createQuery("SELECT c FROM Course c", Course.class).getSingleResult();
            Enrolment enrolment = new Enrolment(learner, course, AT, null);
            em.persist(enrolment);
            return enrolment;
        });
    }

    private Attempt stored(long attemptId) {
        return inTransaction(em -> {
            Attempt attempt = em.find(Attempt.class, attemptId);
            attempt.getAnswers().forEach(answer -> answer.getChoice().getCode());
            return attempt;
        });
    }

    private static List<String> codes(StepView step) {
        return step.choices().stream().map(ChoiceOption::code).toList();
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
