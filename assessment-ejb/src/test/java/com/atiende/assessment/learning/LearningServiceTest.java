package com.atiende.assessment.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atiende.assessment.grading.TestCourse;
import com.atiende.domain.course.Course;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import com.atiende.domain.shared.ShuffledOrder;
import com.atiende.infrastructure.persistence.MigratedDatabase;
import com.atiende.infrastructure.persistence.ResourceLocalTransactions;
import com.atiende.infrastructure.persistence.Wiring;
import com.atiende.infrastructure.persistence.jpa.JpaCompetencyRepository;
import com.atiende.infrastructure.persistence.jpa.JpaCourseRepository;
import com.atiende.infrastructure.persistence.jpa.JpaEnrolmentRepository;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lesson as the service reads it, outside the container on the real migrations: the self-check options in the
 * order of the enrolment, every time. Lesson {@code leer} of {@link TestCourse} asks one question, "¿Leíste?", with
 * "Sí." (right) and "No." in that order.
 */
class LearningServiceTest {

    private MigratedDatabase database;
    private ResourceLocalTransactions transactions;
    private LearningService service;

    @BeforeEach
    void migrateAndWire() {
        database = MigratedDatabase.create("learning");
        transactions = new ResourceLocalTransactions(database.factory());
        service = Wiring.wire(new LearningService(), transactions.inject(new JpaEnrolmentRepository()),
                transactions.inject(new JpaCourseRepository()), transactions.inject(new JpaCompetencyRepository()));
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
    void showsTheSelfCheckOptionsInTheEnrolmentsOrderOnEveryReading() {
        Enrolment ana = enrol("ana@example.com");

        LessonView.Question first = lesson(ana).questions().get(0);
        LessonView.Question reloaded = lesson(ana).questions().get(0);

        assertThat(reloaded).isEqualTo(first);
        assertThat(first.options()).extracting(LessonView.Option::text)
                .isEqualTo(ShuffledOrder.of(List.of("Sí.", "No."), ana.getId(), "leer/0"));
        assertThat(first.options()).as("each option keeps its verdict and feedback")
                .extracting(LessonView.Option::text, LessonView.Option::correct, LessonView.Option::feedback)
                .containsExactlyInAnyOrder(tuple("Sí.", true, "Bien."), tuple("No.", false, "Lee."));
    }

    /** Twelve enrolments of a fresh database: their ids, hence their orders, are the same on every run. */
    @Test
    void putsTheRightOptionFirstForSomeEnrolmentsAndLastForOthers() {
        Set<Integer> placesOfTheRightOne = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            List<LessonView.Option> options = lesson(enrol("learner" + i + "@example.com")).questions().get(0)
                    .options();
            placesOfTheRightOne.add(options.indexOf(options.stream().filter(LessonView.Option::correct)
                    .findFirst().orElseThrow()));
        }

        assertThat(placesOfTheRightOne).containsExactlyInAnyOrder(0, 1);
    }

    private LessonView lesson(Enrolment enrolment) {
        return transactions.run(() -> service.lesson(enrolment.getLearner().getId(), enrolment.getId(), "leer"));
    }

    private Enrolment enrol(String email) {
        return inTransaction(em -> {
            Learner learner = new Learner(email, email, null, Set.of(Role.EMPLOYEE), TestCourse.AT);
            em.persist(learner);
            Course course = em.createQuery("SELECT c FROM Course c", Course.class).getSingleResult();
            Enrolment enrolment = new Enrolment(learner, course, TestCourse.AT, null);
            em.persist(enrolment);
            return enrolment;
        });
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = database.factory().createEntityManager();
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
