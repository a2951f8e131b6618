package com.atiende.domain.attempt;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.certificate.CertifiedScore;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentStatus;
import com.atiende.domain.enrolment.LessonRead;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Proves that the learning-record entities and the V4 migration agree, as ContentMappingTest does for content: the
 * real migrations on a fresh database (H2, or PostgreSQL with {@code -Datiende.it.db=postgresql}), EclipseLink
 * storing and reloading enrolments, attempts and certificates, their named queries, and the keys that keep records
 * right under concurrency.
 */
class LearningRecordsMappingTest {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("atiende.it.db"));
    private static final Instant AT = LearningFixture.ENROLLED.plusSeconds(3600);

    private final LearningFixture fixture = LearningFixture.standard();
    private Flyway flyway;
    private EntityManagerFactory factory;

    @BeforeEach
    void migrateAndConnect() {
        String name = "records_" + UUID.randomUUID().toString().replace("-", "");
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
        inTransaction(em -> {
            fixture.competencies().forEach(em::persist);
            em.persist(fixture.course());
        });
    }

    @AfterEach
    void close() {
        factory.close();
        if (POSTGRESQL) {
            flyway.clean();
        }
    }

    @Test
    void storesAndReloadsAFinishedAttemptWithItsAnswersAndGrade() {
        Learner learner = learner("ana@example.com");
        long attemptId = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            Attempt attempt = LearningFixture.play(fixture.start(enrolment, 1, AT), AT, "b", "a");
            em.persist(attempt);
            em.flush();
            return attempt.getId();
        });

        Attempt reloaded = read(em -> em.createNamedQuery("Attempt.findOwned", Attempt.class)
                .setParameter("id", attemptId).setParameter("learnerId", learner.getId()).getSingleResult());

        assertThat(reloaded.getStatus()).isEqualTo(AttemptStatus.FAILED);
        assertThat(reloaded.getScenario().getCode()).isEqualTo("llamada");
        assertThat(reloaded.getAnswers()).extracting(AttemptAnswer::getSequence, AttemptAnswer::getStepCode,
                        AttemptAnswer::getChoiceCode, answer -> answer.getChoice().getCode(),
                        AttemptAnswer::getShownOrder, AttemptAnswer::getShownPosition)
                .containsExactly(tuple(1, "saludo", "b", "b", List.of("c", "a", "b"), 3),
                        tuple(2, "problema", "a", "a", List.of("b", "a"), 2));
        assertThat(reloaded.getShuffleSeed()).isEqualTo(LearningFixture.SEED);
        AttemptResult result = reloaded.result().orElseThrow();
        assertThat(result.overall()).isEqualByComparingTo("50.0");
        assertThat(result.belowPassMark()).isTrue();
        assertThat(result.ending().orElseThrow().getCode()).isEqualTo("resuelto");
        assertThat(result.competencies()).extracting(CompetencyResult::getCompetencyCode, CompetencyResult::getPoints,
                        competency -> competency.getScore().toPlainString(), CompetencyResult::isBelowFloor)
                .containsExactly(tuple("empatia", -1, "0.0", true), tuple("escucha-activa", 3, "75.0", false));
        assertThat(reloaded.getStartedAt()).isEqualTo(AT);
    }

    @Test
    void readsTheAttemptsACertificateIsIssuedOnWithTheirResultsInOneQuery() {
        Learner learner = learner("ana@example.com");
        List<Long> ids = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            Attempt failed = LearningFixture.play(fixture.start(enrolment, 1, AT), AT, "b", "a");
            Attempt passed = LearningFixture.play(fixture.start(enrolment, 2, AT), AT, "a", "a");
            em.persist(failed);
            em.persist(passed);
            em.flush();
            return List.of(failed.getId(), passed.getId());
        });

        List<Attempt> read = read(em -> {
            List<Attempt> attempts = em.createNamedQuery("Attempt.findWithResults", Attempt.class)
                    .setParameter("ids", ids).getResultList();
            assertThat(attempts).as("results fetched by the query, not read later one attempt at a time")
                    .allMatch(attempt -> em.getEntityManagerFactory().getPersistenceUnitUtil()
                            .isLoaded(attempt, "competencyResults"));
            return attempts;
        });

        assertThat(read).extracting(Attempt::getId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(read).allSatisfy(attempt -> assertThat(attempt.result().orElseThrow().competencies())
                .extracting(CompetencyResult::getCompetencyCode).containsExactly("empatia", "escucha-activa"));
    }

    @Test
    void resumesAnAttemptInProgressFromANewPersistenceContext() {
        Learner learner = learner("ana@example.com");
        long attemptId = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            Attempt attempt = LearningFixture.play(fixture.start(enrolment, 1, AT), AT, "a");
            em.persist(attempt);
            em.flush();
            return attempt.getId();
        });

        inTransaction(em -> LearningFixture.play(em.find(Attempt.class, attemptId), AT, "a"));

        Attempt finished = read(em -> em.find(Attempt.class, attemptId));
        assertThat(finished.getStatus()).isEqualTo(AttemptStatus.PASSED);
        assertThat(finished.getAnswers()).hasSize(2);
    }

    @Test
    void anAttemptStartedBeforeRepliesWereShuffledKeepsTheAuthoredOrder() {
        Learner learner = learner("ana@example.com");
        long attemptId = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            Attempt attempt = fixture.start(enrolment, 1, AT);
            em.persist(attempt);
            em.flush();
            return attempt.getId();
        });
        inTransaction(em -> em.createNativeQuery("UPDATE attempt SET shuffle_seed = NULL WHERE id = ?")
                .setParameter(1, attemptId).executeUpdate());

        inTransaction(em -> LearningFixture.play(em.find(Attempt.class, attemptId), AT, "b"));

        Attempt resumed = read(em -> em.find(Attempt.class, attemptId));
        assertThat(resumed.getShuffleSeed()).isNull();
        assertThat(resumed.choicesAsShown(resumed.currentStep().orElseThrow()))
                .extracting(choice -> choice.getCode()).containsExactly("a", "b");
        assertThat(resumed.getAnswers()).extracting(AttemptAnswer::getShownOrder, AttemptAnswer::getShownPosition)
                .containsExactly(tuple(List.of("a", "b", "c"), 2));
    }

    @Test
    void refusesAStaleAnswerThroughTheRowVersion() {
        Learner learner = learner("ana@example.com");
        long attemptId = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            Attempt attempt = fixture.start(enrolment, 1, AT);
            em.persist(attempt);
            em.flush();
            return attempt.getId();
        });
        EntityManager firstTab = factory.createEntityManager();
        EntityManager secondTab = factory.createEntityManager();
        firstTab.getTransaction().begin();
        secondTab.getTransaction().begin();
        firstTab.find(Attempt.class, attemptId).answer("saludo", "a", 1, AT);
        secondTab.find(Attempt.class, attemptId).answer("saludo", "b", 1, AT);

        firstTab.getTransaction().commit();

        assertThatThrownBy(() -> secondTab.getTransaction().commit()).isInstanceOf(RollbackException.class)
                .hasRootCauseInstanceOf(org.eclipse.persistence.exceptions.OptimisticLockException.class)
                .cause().isInstanceOf(OptimisticLockException.class);
        firstTab.close();
        secondTab.close();
        List<AttemptAnswer> recorded = read(em -> em.find(Attempt.class, attemptId).getAnswers());
        assertThat(recorded).extracting(AttemptAnswer::getChoiceCode).containsExactly("a");
    }

    @Test
    void keepsOneOpenEnrolmentPerLearnerAndCourseButAnyNumberOfCompletedOnes() {
        Learner learner = learner("ana@example.com");
        inTransaction(em -> {
            Enrolment first = new Enrolment(learner, fixture.course(), AT, null);
            completed(em, first);
            em.persist(new Enrolment(em.merge(learner), fixture.course(), AT.plusSeconds(60), null));
        });

        assertThatThrownBy(() -> inTransaction(em -> em.persist(
                new Enrolment(em.merge(learner), em.merge(fixture.course()), AT.plusSeconds(120), null))))
                .isInstanceOf(PersistenceException.class);

        List<Enrolment> enrolments = read(em -> em.createNamedQuery("Enrolment.findByLearner", Enrolment.class)
                .setParameter("learnerId", learner.getId()).getResultList());
        assertThat(enrolments).extracting(Enrolment::getStatus)
                .containsExactly(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED);
        Instant activeSince = read(em -> em.createNamedQuery("Enrolment.findActive", Enrolment.class)
                .setParameter("learnerId", learner.getId()).setParameter("courseCode", "curso").getSingleResult()
                .getEnrolledAt());
        assertThat(activeSince).isEqualTo(AT.plusSeconds(60));
        List<Object[]> open = read(em -> em.createNamedQuery("Enrolment.openIdsByCourse", Object[].class)
                .setParameter("learnerId", learner.getId()).getResultList());
        assertThat(open).singleElement().satisfies(row -> assertThat(List.of(row[0], ((Number) row[1]).longValue()))
                .containsExactly("curso", enrolments.get(0).getId()));
    }

    @Test
    void givesALearnersRolesInTheirOwnOrderWhateverSetWasLoaded() {
        Learner learner = new Learner("rosa@example.com", "Rosa", null, Set.of(Role.ADMIN, Role.EMPLOYEE, Role.HR), AT);
        inTransaction(em -> em.persist(learner));

        Set<Role> roles = read(em -> em.find(Learner.class, learner.getId()).getRoles());

        assertThat(roles).containsExactly(Role.EMPLOYEE, Role.HR, Role.ADMIN);
    }

    @Test
    void readsTheLessonsReadOfEveryEnrolmentOfALearnerInOneQuery() {
        Learner ana = learner("ana@example.com");
        Learner luis = learner("luis@example.com");
        long anaEnrolment = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(ana, fixture.course(), AT, null);
            enrolment.markLessonRead("escuchar", AT);
            em.persist(enrolment);
            Enrolment other = new Enrolment(em.merge(luis), em.merge(fixture.course()), AT, null);
            other.markLessonRead("escuchar", AT);
            em.persist(other);
            em.flush();
            return enrolment.getId();
        });

        List<Object[]> rows = read(em -> em.createNamedQuery("Enrolment.lessonsReadByLearner", Object[].class)
                .setParameter("learnerId", ana.getId()).getResultList());

        assertThat(rows).singleElement()
                .satisfies(row -> assertThat(List.of(((Number) row[0]).longValue(), row[1]))
                        .containsExactly(anaEnrolment, "escuchar"));
        Set<LessonRead> read = read(em -> em.find(Enrolment.class, anaEnrolment).getLessonsRead());
        assertThat(read).extracting(LessonRead::getLessonCode, LessonRead::getReadAt).containsExactly(tuple("escuchar", AT));
    }

    @Test
    void summarisesAttemptsForTheRulesWithoutLoadingThem() {
        Learner learner = learner("ana@example.com");
        long enrolmentId = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            em.persist(LearningFixture.play(fixture.start(enrolment, 1, AT), AT, "c"));
            em.persist(fixture.start(enrolment, 2, AT.plusSeconds(60)));
            em.flush();
            return enrolment.getId();
        });

        List<AttemptRecord> byEnrolment = read(em -> em.createNamedQuery("Attempt.recordsOfEnrolment",
                AttemptRecord.class).setParameter("enrolmentId", enrolmentId).getResultList());
        List<AttemptRecord> byLearner = read(em -> em.createNamedQuery("Attempt.recordsOfLearner",
                AttemptRecord.class).setParameter("learnerId", learner.getId()).getResultList());
        List<Attempt> ofScenario = read(em -> em.createNamedQuery("Attempt.findOfScenario", Attempt.class)
                .setParameter("enrolmentId", enrolmentId)
                .setParameter("scenarioId", fixture.scenario().getId()).getResultList());

        assertThat(byEnrolment).hasSize(2).containsExactlyInAnyOrderElementsOf(byLearner);
        assertThat(byEnrolment).extracting(AttemptRecord::attemptNumber, AttemptRecord::status,
                        AttemptRecord::finishedAt)
                .containsExactlyInAnyOrder(tuple(1, AttemptStatus.FAILED, AT), tuple(2, AttemptStatus.IN_PROGRESS,
                        null));
        assertThat(ofScenario).extracting(Attempt::getAttemptNumber).containsExactly(1, 2);
    }

    @Test
    void refusesASecondAttemptWithTheSameNumber() {
        Learner learner = learner("ana@example.com");
        assertThatThrownBy(() -> inTransaction(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            em.persist(fixture.start(enrolment, 1, AT));
            em.persist(fixture.start(enrolment, 1, AT));
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void storesACertificateFindsItByCodeAndIssuesOnlyOnePerEnrolment() {
        Learner learner = learner("ana@example.com");
        long enrolmentId = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            Attempt passed = LearningFixture.play(fixture.start(enrolment, 1, AT), AT, "a", "a");
            em.persist(passed);
            enrolment.markLessonRead("escuchar", AT);
            enrolment.completeIfDone(Set.of("llamada"), AT);
            em.persist(Certificate.issue(enrolment, enrolment.getLearner(), List.of(passed), "ABCD-EFGH-JKMN", AT));
            em.flush();
            return enrolment.getId();
        });

        Certificate found = read(em -> em.createNamedQuery("Certificate.findByVerificationCode", Certificate.class)
                .setParameter("code", "ABCDEFGHJKMN").getSingleResult());
        assertThat(found.statusAt(AT)).isEqualTo(CertificateStatus.VALID);
        assertThat(found.getScores()).extracting(CertifiedScore::getCompetencyCode)
                .containsExactly("empatia", "escucha-activa");
        assertThat(found.getOverall()).isEqualByComparingTo("100.0");
        Certificate byCredential = read(em -> em.createNamedQuery("Certificate.findByCredentialId", Certificate.class)
                .setParameter("credentialId", found.getCredentialId()).getSingleResult());
        assertThat(byCredential.getId()).as("by its random credential id").isEqualTo(found.getId());
        List<Certificate> latest = read(em -> em.createNamedQuery("Certificate.findLatest", Certificate.class)
                .setParameter("learnerId", learner.getId()).setParameter("courseCode", "curso").getResultList());
        List<Certificate> ofLearner = read(em -> em.createNamedQuery("Certificate.findByLearner", Certificate.class)
                .setParameter("learnerId", learner.getId()).getResultList());
        assertThat(latest).extracting(Certificate::getId).containsExactly(found.getId());
        assertThat(ofLearner).extracting(Certificate::getId).containsExactly(found.getId());

        assertThatThrownBy(() -> inTransaction(em -> {
            Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
            Attempt passed = em.createNamedQuery("Attempt.findOfScenario", Attempt.class)
                    .setParameter("enrolmentId", enrolmentId).setParameter("scenarioId", fixture.scenario().getId())
                    .getSingleResult();
            em.persist(Certificate.issue(enrolment, enrolment.getLearner(), List.of(passed), "BCDEFGHJKMNP", AT));
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void aCertificateGoesToTheEnrolmentsLearnerWhoseIdIsReadWithTheEnrolment() {
        Learner learner = learner("ana@example.com");
        Learner someoneElse = learner("bea@example.com");
        long enrolmentId = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            completed(em, enrolment);
            em.flush();
            return enrolment.getId();
        });

        assertThatThrownBy(() -> inTransaction(em -> {
            Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
            assertThat(enrolment.getLearnerId()).isEqualTo(learner.getId());
            Certificate.issue(enrolment, em.getReference(Learner.class, someoneElse.getId()), List.of(),
                    "CDEFGHJKMNPQ", AT);
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not hold enrolment");
    }

    @Test
    void storesARevocation() {
        Learner learner = learner("ana@example.com");
        long certificateId = inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            Attempt passed = LearningFixture.play(fixture.start(enrolment, 1, AT), AT, "a", "a");
            em.persist(passed);
            enrolment.markLessonRead("escuchar", AT);
            enrolment.completeIfDone(Set.of("llamada"), AT);
            Certificate certificate = Certificate.issue(enrolment, enrolment.getLearner(), List.of(passed), "ABCDEFGHJKMN", AT);
            certificate.revoke("Emitido por error", AT.plusSeconds(60));
            em.persist(certificate);
            em.flush();
            return certificate.getId();
        });

        Certificate revoked = read(em -> em.find(Certificate.class, certificateId));
        assertThat(revoked.statusAt(AT)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.getRevocationReason()).isEqualTo("Emitido por error");
    }

    @Test
    void findsWhatAnAssignmentNeedsForManyLearnersAtOnce() {
        Learner ana = new Learner("ana@example.com", "Ana", "Ventas", Set.of(Role.EMPLOYEE), AT);
        Learner bea = new Learner("bea@example.com", "Bea", "Ventas", Set.of(Role.EMPLOYEE, Role.HR), AT);
        Learner hr = new Learner("rrhh@example.com", "Rita", "Ventas", Set.of(Role.HR), AT);
        Learner gone = new Learner("ido@example.com", "Ido", "Ventas", Set.of(Role.EMPLOYEE), AT);
        gone.deactivate();
        Learner luis = new Learner("luis@example.com", "Luis", "Almacén", Set.of(Role.EMPLOYEE), AT);
        inTransaction(em -> List.of(ana, bea, hr, gone, luis).forEach(em::persist));
        long anaOpen = inTransactionGet(em -> {
            Enrolment open = new Enrolment(em.merge(ana), em.merge(fixture.course()), AT, null);
            em.persist(open);
            certify(em, new Enrolment(em.merge(bea), em.merge(fixture.course()), AT, null), "ABCDEFGHJKMN", false);
            certify(em, new Enrolment(em.merge(luis), em.merge(fixture.course()), AT, null), "BCDEFGHJKMNP", true);
            em.flush();
            return open.getId();
        });
        List<Long> everyone = List.of(ana.getId(), bea.getId(), hr.getId(), gone.getId(), luis.getId());

        List<Learner> employees = read(em -> em.createNamedQuery("Learner.activeWithRole", Learner.class)
                .setParameter("role", Role.EMPLOYEE).getResultList());
        List<Learner> employeesInSales = read(em -> em.createNamedQuery("Learner.activeWithRoleIn", Learner.class)
                .setParameter("role", Role.EMPLOYEE).setParameter("department", "Ventas").getResultList());
        List<Learner> named = read(em -> em.createNamedQuery("Learner.findByEmails", Learner.class)
                .setParameter("emails", List.of("ido@example.com", "nadie@example.com")).getResultList());
        List<Enrolment> open = read(em -> em.createNamedQuery("Enrolment.openOfLearners", Enrolment.class)
                .setParameter("courseCode", "curso").setParameter("learnerIds", everyone).getResultList());
        List<Long> certifiedNow = holdersOfValid(everyone, AT);
        List<Long> certifiedInTenYears = holdersOfValid(everyone, AT.plus(Duration.ofDays(3650)));

        assertThat(employees).extracting(Learner::getEmail)
                .containsExactly("ana@example.com", "bea@example.com", "luis@example.com");
        assertThat(employeesInSales).extracting(Learner::getEmail).containsExactly("ana@example.com", "bea@example.com");
        assertThat(named).extracting(Learner::getEmail).containsExactly("ido@example.com");
        assertThat(open).extracting(Enrolment::getId).containsExactly(anaOpen);
        assertThat(certifiedNow).as("Luis's certificate is revoked").containsExactly(bea.getId());
        assertThat(certifiedInTenYears).as("expired by then").isEmpty();
    }

    private List<Long> holdersOfValid(List<Long> learnerIds, Instant now) {
        return read(em -> em.createNamedQuery("Certificate.holdersOfValid", Long.class)
                .setParameter("courseCode", "curso").setParameter("valid", CertificateStatus.VALID)
                .setParameter("now", now).setParameter("learnerIds", learnerIds).getResultList());
    }

    /** Completes the enrolment and issues its certificate, revoked if asked. */
    private void certify(EntityManager em, Enrolment enrolment, String code, boolean revoked) {
        em.persist(enrolment);
        Attempt passed = LearningFixture.play(new Attempt(enrolment,
                enrolment.getCourse().scenario("llamada").orElseThrow(), 1, AT, LearningFixture.SEED), AT, "a", "a");
        em.persist(passed);
        enrolment.markLessonRead("escuchar", AT);
        enrolment.completeIfDone(Set.of("llamada"), AT);
        Certificate certificate = Certificate.issue(enrolment, enrolment.getLearner(), List.of(passed), code, AT);
        if (revoked) {
            certificate.revoke("Emitido por error", AT);
        }
        em.persist(certificate);
    }

    private void completed(EntityManager em, Enrolment enrolment) {
        em.persist(enrolment);
        enrolment.markLessonRead("escuchar", AT);
        enrolment.completeIfDone(Set.of("llamada"), AT);
    }

    private Learner learner(String email) {
        Learner learner = new Learner(email, email, null, Set.of(), AT);
        inTransaction(em -> em.persist(learner));
        return learner;
    }

    private <T> T read(Function<EntityManager, T> query) {
        factory.getCache().evictAll();
        EntityManager em = factory.createEntityManager();
        try {
            T result = query.apply(em);
            if (result instanceof Attempt attempt) {
                attempt.getAnswers().forEach(answer -> answer.getChoice().getCode());
                attempt.result();
            } else if (result instanceof Certificate certificate) {
                certificate.getScores().size();
            }
            return result;
        } finally {
            em.close();
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        inTransactionGet(em -> {
            work.accept(em);
            return null;
        });
    }

    private <T> T inTransactionGet(Function<EntityManager, T> work) {
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
