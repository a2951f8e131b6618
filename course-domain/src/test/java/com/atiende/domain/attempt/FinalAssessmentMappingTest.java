package com.atiende.domain.attempt;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertifiedAssessment;
import com.atiende.domain.course.AssessmentQuestion;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseItem;
import com.atiende.domain.course.CourseItemKind;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.QuestionDraw;
import com.atiende.domain.course.SelfCheckOption;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.persistence.MappingDatabase;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The final assessment's entities and the V13 migration agree: the bank stored with its course version, an attempt
 * with its drawn questions and answers, the named queries, the key that keeps two starts from making two attempts,
 * and the certificate's naming of the assessment (H2, or PostgreSQL with {@code -Datiende.it.db=postgresql}).
 */
class FinalAssessmentMappingTest {

    private static final Instant AT = LearningFixture.ENROLLED.plusSeconds(3600);

    private final LearningFixture fixture = LearningFixture.withFinalAssessment();
    private MappingDatabase database;

    @BeforeEach
    void migrate() {
        database = MappingDatabase.migrate("final_assessment");
        database.inTransaction(em -> {
            fixture.competencies().forEach(em::persist);
            em.persist(fixture.course());
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storesTheBankWithItsCourseVersion() {
        Course course = database.read(em -> {
            Course read = em.find(Course.class, fixture.course().getId());
            read.finalAssessment().orElseThrow().getQuestions().forEach(question -> question.getOptions().size());
            read.getItems().size();
            return read;
        });

        assertThat(course.getItems()).extracting(CourseItem::getCode, CourseItem::getKind)
                .containsExactly(tuple("escuchar", CourseItemKind.LESSON), tuple("llamada", CourseItemKind.SCENARIO),
                        tuple("final", CourseItemKind.FINAL_ASSESSMENT));
        FinalAssessment assessment = course.finalAssessment().orElseThrow();
        assertThat(assessment.getTitle()).isEqualTo("Evaluación final");
        assertThat(assessment.getQuestionsPerAttempt()).isEqualTo(2);
        assertThat(assessment.getPassMark()).isEqualTo(60);
        assertThat(assessment.getAttemptsAllowed()).isEqualTo(3);
        assertThat(assessment.getCooldown()).hasMinutes(30);
        assertThat(assessment.getQuestions())
                .extracting(AssessmentQuestion::getCode, AssessmentQuestion::getLessonCode)
                .containsExactly(tuple("primero", "escuchar"), tuple("despues", null), tuple("al-final", "escuchar"));
        assertThat(assessment.question("despues").orElseThrow().getOptions())
                .extracting(SelfCheckOption::getText, SelfCheckOption::isCorrect)
                .containsExactly(tuple("Resumir lo oído.", true), tuple("Colgar.", false));
    }

    @Test
    void storesAnAttemptWithItsDrawAndAnswersAndCertifiesIt() {
        Learner learner = learner("ana@example.com");
        long enrolmentId = database.inTransactionGet(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            FinalAssessmentAttempt attempt = start(enrolment, 1, 5L);
            em.persist(attempt);
            em.flush();
            return enrolment.getId();
        });
        List<FinalAssessmentAttempt> open = database.read(em -> em.createNamedQuery(
                "FinalAssessmentAttempt.findOfEnrolment", FinalAssessmentAttempt.class)
                .setParameter("enrolmentId", enrolmentId).getResultList());
        List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(fixture.finalAssessment().candidates(), 2, 5L, Set.of());
        assertThat(open).singleElement().satisfies(attempt -> {
            assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
            assertThat(attempt.getAnswers())
                    .extracting(AssessmentAnswer::getQuestionCode, AssessmentAnswer::getShownOrder)
                    .containsExactly(drawn.stream().map(d -> tuple(d.id(), d.optionOrder())).toArray(Tuple[]::new));
        });

        database.inTransaction(em -> {
            FinalAssessmentAttempt attempt = em.createNamedQuery("FinalAssessmentAttempt.findOfEnrolment",
                    FinalAssessmentAttempt.class).setParameter("enrolmentId", enrolmentId).getSingleResult();
            attempt.submit(attempt.getAnswers().stream()
                    .collect(Collectors.toMap(AssessmentAnswer::getQuestionCode, answer -> 0)), AT);
            Enrolment enrolment = attempt.getEnrolment();
            Attempt scenario = LearningFixture.play(new Attempt(enrolment,
                    enrolment.getCourse().scenario("llamada").orElseThrow(), 1, AT, LearningFixture.SEED), AT, "a", "a");
            em.persist(scenario);
            enrolment.markLessonRead("escuchar", AT);
            assertThat(enrolment.completeIfDone(Set.of("llamada", "final"), AT)).isTrue();
            em.persist(Certificate.issue(enrolment, enrolment.getLearner(), List.of(scenario), Optional.of(attempt),
                    "ABCDEFGHJKMN", AT));
        });

        FinalAssessmentAttempt submitted = database.read(em -> em.createNamedQuery(
                "FinalAssessmentAttempt.findOfEnrolment", FinalAssessmentAttempt.class)
                .setParameter("enrolmentId", enrolmentId).getSingleResult());
        assertThat(submitted.getStatus()).isEqualTo(AttemptStatus.PASSED);
        assertThat(submitted.getScore()).isEqualTo(100);
        assertThat(submitted.getSubmittedAt()).isEqualTo(AT);
        assertThat(submitted.getAnswers())
                .extracting(AssessmentAnswer::getChosenOption, AssessmentAnswer::getCorrect)
                .containsExactly(tuple(0, true), tuple(0, true));
        List<FinalAssessmentAttempt> passed = database.read(em -> em.createNamedQuery(
                "FinalAssessmentAttempt.findPassed", FinalAssessmentAttempt.class)
                .setParameter("enrolmentId", enrolmentId).getResultList());
        assertThat(passed).extracting(FinalAssessmentAttempt::getId).containsExactly(submitted.getId());
        List<AssessmentAttemptRecord> records = database.read(em -> em.createNamedQuery(
                "FinalAssessmentAttempt.recordsOfLearner", AssessmentAttemptRecord.class)
                .setParameter("learnerId", learner.getId()).getResultList());
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.enrolmentId()).isEqualTo(enrolmentId);
            assertThat(record.passed()).isTrue();
            assertThat(record.score()).isEqualTo(100);
            assertThat(record.submittedAt()).isEqualTo(AT);
        });
        FinalAssessmentAttempt owned = database.read(em -> em.createNamedQuery("FinalAssessmentAttempt.findOwned",
                FinalAssessmentAttempt.class).setParameter("id", submitted.getId())
                .setParameter("learnerId", learner.getId()).getSingleResult());
        assertThat(owned.getEnrolment().getId()).isEqualTo(enrolmentId);
        Certificate certificate = database.read(em -> em.createNamedQuery("Certificate.findByVerificationCode",
                Certificate.class).setParameter("code", "ABCDEFGHJKMN").getSingleResult());
        assertThat(certificate.getFinalAssessment()).contains(new CertifiedAssessment("Evaluación final", 100));
    }

    @Test
    void twoStartsWithOneNumberMakeOneAttempt() {
        Learner learner = learner("ana@example.com");

        assertThatThrownBy(() -> database.inTransaction(em -> {
            Enrolment enrolment = new Enrolment(learner, fixture.course(), AT, null);
            em.persist(enrolment);
            em.persist(start(enrolment, 1, 1L));
            em.persist(start(enrolment, 1, 2L));
        })).isInstanceOf(PersistenceException.class);
    }

    private FinalAssessmentAttempt start(Enrolment enrolment, int number, long seed) {
        FinalAssessment assessment = fixture.finalAssessment();
        return new FinalAssessmentAttempt(enrolment, assessment, number,
                QuestionDraw.draw(assessment.candidates(), assessment.getQuestionsPerAttempt(), seed, Set.of()), AT);
    }

    private Learner learner(String email) {
        Learner learner = new Learner(email, email, null, Set.of(), AT);
        database.inTransaction(em -> em.persist(learner));
        return learner;
    }
}
