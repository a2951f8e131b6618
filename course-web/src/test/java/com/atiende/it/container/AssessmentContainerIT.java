package com.atiende.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.ConflictException;
import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.attempt.AttemptRefusedException;
import com.atiende.assessment.attempt.AttemptService;
import com.atiende.assessment.attempt.AttemptView;
import com.atiende.assessment.attempt.ChoiceOption;
import com.atiende.assessment.attempt.ChoiceOutcome;
import com.atiende.assessment.attempt.StepView;
import com.atiende.assessment.certificate.CertificateService;
import com.atiende.assessment.certificate.CertificateView;
import com.atiende.assessment.certificate.Verification;
import com.atiende.assessment.enrolment.EnrolmentDetail;
import com.atiende.assessment.enrolment.EnrolmentProgress;
import com.atiende.assessment.enrolment.EnrolmentService;
import com.atiende.assessment.enrolment.ItemProgress;
import com.atiende.assessment.finalassessment.FinalAssessmentService;
import com.atiende.assessment.finalassessment.FinalAssessmentView;
import com.atiende.assessment.finalassessment.IncompleteAnswersException;
import com.atiende.assessment.grading.FeedbackLine;
import com.atiende.assessment.grading.ResultView;
import com.atiende.domain.attempt.AttemptStatus;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.course.AssessmentQuestion;
import com.atiende.domain.course.Choice;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseItemKind;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.PassVerdict;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.course.ScenarioStep;
import com.atiende.domain.course.Scoring;
import com.atiende.domain.enrolment.EnrolmentStatus;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolments, attempts, completion and certificates through the EJBs, inside Payara Micro on the real database:
 * the whole life of a course, resuming in a later request, answers racing from many threads, completion racing with
 * itself, and one learner's records invisible to another. Each test works with learners of its own on the shipped
 * course {@code escucha-empatia} (four lessons, two required scenarios, three attempts, keep the best, 24 months,
 * and a final assessment: ten questions drawn, 80 % to pass, three attempts an hour apart).
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentContainerIT {

    private static final String COURSE = "escucha-empatia";
    private static final String FIRST_SCENARIO = "tarjeta-bloqueada";
    private static final String SECOND_SCENARIO = "mostrador-farmacia";
    private static final int THREADS = 16;

    @Deployment
    static WebArchive atiende() {
        return Deployments.atiendeWith(AssessmentContainerIT.class);
    }

    @EJB
    private EnrolmentService enrolmentService;

    @EJB
    private AttemptService attemptService;

    @EJB
    private CertificateService certificateService;

    @EJB
    private FinalAssessmentService finalAssessments;

    @Inject
    private LearnerRepository learners;

    @Inject
    private CourseRepository courses;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    private ExecutorService threads;

    @BeforeEach
    void startThreads() {
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aLearnerReadsFailsRetakesAndIsCertifiedOnce() throws Exception {
        long ana = newLearner("Ana Torres");
        EnrolmentProgress enrolled = enrolmentService.enrol(ana, COURSE);
        assertThat(enrolled.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(enrolled.lessonsTotal()).isEqualTo(4);
        assertThat(enrolled.requiredScenariosTotal()).isEqualTo(2);
        assertThat(enrolmentService.enrol(ana, COURSE).enrolmentId()).as("enrolling twice")
                .isEqualTo(enrolled.enrolmentId());
        long enrolment = enrolled.enrolmentId();

        for (String lesson : lessons()) {
            enrolmentService.markLessonRead(ana, enrolment, lesson);
        }
        EnrolmentProgress allRead = enrolmentService.markLessonRead(ana, enrolment, lessons().get(0));
        assertThat(allRead.lessonsRead()).isEqualTo(4);
        assertThat(allRead.status()).isEqualTo(EnrolmentStatus.ACTIVE);

        ResultView failed = play(ana, enrolment, FIRST_SCENARIO, path(FIRST_SCENARIO, false));
        assertThat(failed.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.belowPassMark() || failed.criticalChoice()
                || failed.competencies().stream().anyMatch(score -> score.belowFloor())).as("a reason").isTrue();
        assertThat(failed.feedback()).extracting(FeedbackLine::sequence)
                .containsExactlyElementsOf(sequence(path(FIRST_SCENARIO, false).size()));
        assertThat(failed.feedback()).allSatisfy(line -> assertThat(line.feedback()).isNotBlank());
        assertThat(failed.competencies()).isNotEmpty();
        assertThat(failed.weakest()).isNotNull();
        assertThat(failed.weakest().adviceEs()).startsWith("Céntrate en");

        ResultView retake = play(ana, enrolment, FIRST_SCENARIO, path(FIRST_SCENARIO, true));
        assertThat(retake.status()).isEqualTo(AttemptStatus.PASSED);
        assertThat(retake.attemptNumber()).isEqualTo(2);
        assertThat(retake.ending()).isNotNull();
        assertThat(retake.strongest()).isNotNull();
        assertThat(enrolmentService.myLearning(ana)).singleElement().satisfies(progress -> {
            assertThat(progress.requiredScenariosPassed()).isEqualTo(1);
            assertThat(progress.certificate()).isNull();
        });

        ResultView second = play(ana, enrolment, SECOND_SCENARIO, path(SECOND_SCENARIO, true));
        assertThat(second.passed()).isTrue();
        EnrolmentProgress beforeAssessment = enrolmentService.myLearning(ana).get(0);
        assertThat(beforeAssessment.status()).as("the final assessment is still to pass")
                .isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(beforeAssessment.finalAssessmentPassed()).isFalse();
        assertThat(beforeAssessment.next().kind()).isEqualTo(CourseItemKind.FINAL_ASSESSMENT);
        assertThat(beforeAssessment.percentDone()).isLessThan(100);

        assertThat(finalAssessments.open(ana, enrolment).state()).isEqualTo(FinalAssessmentView.State.READY);
        FinalAssessmentView started = finalAssessments.start(ana, enrolment);
        assertThat(started.state()).isEqualTo(FinalAssessmentView.State.IN_PROGRESS);
        assertThat(started.attempt().questions()).hasSize(started.questionsPerAttempt());
        long exam = started.attempt().attemptId();
        assertThat(finalAssessments.start(ana, enrolment).attempt().attemptId()).as("a start resumes").isEqualTo(exam);
        Map<String, Integer> right = answers(started, true);
        String skipped = started.attempt().questions().get(0).code();
        Map<String, Integer> incomplete = new HashMap<>(right);
        incomplete.remove(skipped);
        assertThatThrownBy(() -> finalAssessments.submit(ana, exam, incomplete))
                .isInstanceOfSatisfying(IncompleteAnswersException.class,
                        refused -> assertThat(refused.getQuestionCodes()).containsExactly(skipped));
        assertThat(finalAssessments.open(ana, enrolment).state()).as("nothing recorded")
                .isEqualTo(FinalAssessmentView.State.IN_PROGRESS);
        FinalAssessmentView passed = finalAssessments.submit(ana, exam, right);
        assertThat(passed.state()).isEqualTo(FinalAssessmentView.State.PASSED);
        assertThat(passed.attempt().score()).isEqualTo(100);
        assertThat(passed.attempt().completedCourse()).isTrue();
        assertThat(passed.attempt().questions()).allSatisfy(question -> {
            assertThat(question.correct()).isTrue();
            assertThat(question.feedback()).isNotBlank();
        });
        assertThat(count("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ? AND final_assessment_score = 100"
                + " AND final_assessment_title IS NOT NULL", enrolment)).as("the certificate names the assessment")
                .isEqualTo(1);

        EnrolmentProgress completed = enrolmentService.myLearning(ana).get(0);
        assertThat(completed.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(completed.percentDone()).isEqualTo(100);
        assertThat(completed.certificate()).isNotNull();
        List<CertificateView> certificates = certificateService.myCertificates(ana);
        assertThat(certificates).singleElement().satisfies(certificate -> {
            assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
            assertThat(certificate.courseCode()).isEqualTo(COURSE);
            assertThat(certificate.expiresAt()).isEqualTo(
                    certificate.issuedAt().atOffset(ZoneOffset.UTC).plusMonths(24).toInstant());
            assertThat(certificate.verificationCode()).matches("[2-9A-HJKMNP-Z]{12}");
            assertThat(certificate.scores()).isNotEmpty();
        });
        assertThat(certificatesOf(enrolment)).isEqualTo(1);

        String typed = certificates.get(0).verificationCode().toLowerCase().substring(0, 6) + "-"
                + certificates.get(0).verificationCode().toLowerCase().substring(6);
        Verification verification = certificateService.verify(typed);
        assertThat(verification.status()).isEqualTo(Verification.Status.VALID);
        assertThat(verification.holderName()).isEqualTo("Ana Torres");
        assertThat(verification.finalAssessmentTitle()).as("the final assessment passed, named to a verifier")
                .isEqualTo(courseAssessmentTitle());
        assertThat(certificateService.verify("ZZZZZZZZZZZZ").status()).isEqualTo(Verification.Status.UNKNOWN);
        assertThat(enrolmentService.enrol(ana, COURSE).enrolmentId()).as("enrolling while certified")
                .isEqualTo(enrolment);
        assertThatThrownBy(() -> attemptService.start(ana, enrolment, FIRST_SCENARIO))
                .isInstanceOfSatisfying(AttemptRefusedException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("attempt.enrolmentCompleted"));

        expire(certificates.get(0).certificateId());
        assertThat(certificateService.verify(typed).status()).isEqualTo(Verification.Status.EXPIRED);
        EnrolmentProgress again = enrolmentService.enrol(ana, COURSE);
        assertThat(again.enrolmentId()).as("recertification").isNotEqualTo(enrolment);
        assertThat(again.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(again.lessonsRead()).isZero();
        assertThat(certificateService.myCertificates(ana)).extracting(CertificateView::status)
                .containsExactly(CertificateStatus.EXPIRED);
    }

    @Test
    void resumesAnAttemptInALaterRequestAtTheSameStep() {
        long luis = newLearner("Luis Gil");
        long enrolment = enrolmentService.enrol(luis, COURSE).enrolmentId();
        List<Decision> path = path(FIRST_SCENARIO, true);
        AttemptView started = attemptService.start(luis, enrolment, FIRST_SCENARIO);
        long attempt = started.attemptId();
        assertThat(started.step().stepCode()).isEqualTo(path.get(0).step());
        ChoiceOutcome first = attemptService.choose(luis, attempt, path.get(0).step(), path.get(0).choice(), 1);
        ChoiceOutcome second = attemptService.choose(luis, attempt, path.get(1).step(), path.get(1).choice(), 2);

        AttemptView resumed = attemptService.current(luis, attempt);
        assertThat(resumed.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(resumed.step().stepCode()).isEqualTo(path.get(2).step());
        assertThat(resumed.step().sequence()).isEqualTo(3);
        assertThat(resumed.step().decisionsMade()).isEqualTo(2);
        assertThat(resumed.step().choices()).extracting(ChoiceOption::code).contains(path.get(2).choice());
        assertThat(resumed.step().choices()).as("in the order shown before").isEqualTo(second.next().choices());
        assertThat(shownOrders(attempt)).as("each answer records the order its replies were shown in")
                .containsExactly(shownOrder(started.step()), shownOrder(first.next()));
        assertThat(attemptService.start(luis, enrolment, FIRST_SCENARIO).attemptId()).as("start resumes")
                .isEqualTo(attempt);
        EnrolmentDetail detail = enrolmentService.progress(luis, enrolment);
        assertThat(detail.items()).filteredOn(item -> item.code().equals(FIRST_SCENARIO)).singleElement()
                .extracting(ItemProgress::openAttemptId).isEqualTo(attempt);

        ChoiceOutcome outcome = null;
        for (int i = 2; i < path.size(); i++) {
            outcome = attemptService.choose(luis, attempt, path.get(i).step(), path.get(i).choice(), i + 1);
        }
        assertThat(outcome.finished()).isTrue();
        assertThat(outcome.result().passed()).isTrue();
        assertThat(attemptService.current(luis, attempt).result().feedback()).hasSize(path.size());
    }

    @Test
    void recordsOneAnswerWhenTheSameReplyArrivesFromManyThreads() throws Exception {
        long eva = newLearner("Eva Ruiz");
        long enrolment = enrolmentService.enrol(eva, COURSE).enrolmentId();
        long attempt = attemptService.start(eva, enrolment, FIRST_SCENARIO).attemptId();
        Decision first = path(FIRST_SCENARIO, true).get(0);

        List<Object> outcomes = race(i -> attemptService.choose(eva, attempt, first.step(), first.choice(), 1));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(ChoiceOutcome.class));
        assertThat(outcomes).extracting(outcome -> ((ChoiceOutcome) outcome).next().stepCode()).containsOnly(
                path(FIRST_SCENARIO, true).get(1).step());
        assertThat(answersOf(attempt)).isEqualTo(1);
        assertThat(attemptService.current(eva, attempt).step().sequence()).isEqualTo(2);
    }

    @Test
    void recordsOneAnswerWhenDifferentRepliesRaceAndTellsTheOthersWhy() throws Exception {
        long raul = newLearner("Raúl Peña");
        long enrolment = enrolmentService.enrol(raul, COURSE).enrolmentId();
        AttemptView started = attemptService.start(raul, enrolment, FIRST_SCENARIO);
        StepView step = started.step();
        List<String> replies = step.choices().stream().map(ChoiceOption::code).toList();

        List<Object> outcomes = race(i -> attemptService.choose(raul, started.attemptId(), step.stepCode(),
                replies.get(i % replies.size()), 1));

        List<ChoiceOutcome> accepted = outcomes.stream().filter(ChoiceOutcome.class::isInstance)
                .map(ChoiceOutcome.class::cast).toList();
        assertThat(accepted).isNotEmpty();
        assertThat(accepted).extracting(ChoiceOutcome::reply).containsOnly(accepted.get(0).reply());
        assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof ChoiceOutcome)).isNotEmpty()
                .allSatisfy(refused -> assertThat(refused).isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.getMessageKey()).isEqualTo("attempt.answerConflict")));
        assertThat(answersOf(started.attemptId())).isEqualTo(1);
    }

    @Test
    void issuesOneCertificateWhenTheSameAnswersAreHandedInFromManyThreads() throws Exception {
        long sara = newLearner("Sara Vidal");
        long enrolment = everythingButTheFinalAssessment(sara);
        FinalAssessmentView started = finalAssessments.start(sara, enrolment);
        long exam = started.attempt().attemptId();
        Map<String, Integer> right = answers(started, true);
        String assessment = courseAssessmentCode();
        long completionsBefore = auditEvents("COURSE_COMPLETED", COURSE);
        long submittedBefore = auditEvents("FINAL_ASSESSMENT_SUBMITTED", assessment);

        List<Object> outcomes = race(i -> finalAssessments.submit(sara, exam, right));

        assertThat(outcomes).as("a repeat of the same answers is no error").allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(FinalAssessmentView.class,
                        view -> assertThat(view.state()).isEqualTo(FinalAssessmentView.State.PASSED)));
        assertThat(certificatesOf(enrolment)).isEqualTo(1);
        assertThat(enrolmentService.progress(sara, enrolment).progress().status())
                .isEqualTo(EnrolmentStatus.COMPLETED);
        // Audit-logged in the transactions that did it, so a run lost to the race and repeated leaves no trace.
        assertThat(auditEvents("FINAL_ASSESSMENT_SUBMITTED", assessment) - submittedBefore).as("submissions")
                .isEqualTo(1);
        assertThat(auditEvents("COURSE_COMPLETED", COURSE) - completionsBefore).as("completions").isEqualTo(1);
        assertThat(auditEvents("CERTIFICATE_ISSUED",
                certificateService.myCertificates(sara).get(0).verificationCode())).as("issues").isEqualTo(1);
    }

    @Test
    void theFinalAssessmentOpensLastWaitsAfterAFailAndIsNobodyElses() {
        long nuevo = newLearner("Nuria Nueva");
        long fresh = enrolmentService.enrol(nuevo, COURSE).enrolmentId();
        FinalAssessmentView locked = finalAssessments.open(nuevo, fresh);
        assertThat(locked.state()).isEqualTo(FinalAssessmentView.State.LOCKED);
        assertThat(locked.pending()).hasSize(lessons().size() + 2);
        assertThatThrownBy(() -> finalAssessments.start(nuevo, fresh))
                .isInstanceOfSatisfying(AttemptRefusedException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("finalAssessment.locked"));

        long leo = newLearner("Leo Prieto");
        long enrolment = everythingButTheFinalAssessment(leo);
        FinalAssessmentView started = finalAssessments.start(leo, enrolment);
        long exam = started.attempt().attemptId();
        FinalAssessmentView failed = finalAssessments.submit(leo, exam, answers(started, false));
        assertThat(failed.attempt().passed()).isFalse();
        assertThat(failed.attempt().score()).isZero();
        assertThat(failed.attempt().questions()).allSatisfy(question -> assertThat(question.correct()).isFalse());
        assertThat(failed.state()).isEqualTo(FinalAssessmentView.State.COOLING_DOWN);
        assertThat(failed.availableAt()).isAfter(Instant.now().plusSeconds(50 * 60));
        assertThatThrownBy(() -> finalAssessments.start(leo, enrolment))
                .isInstanceOfSatisfying(AttemptRefusedException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("finalAssessment.coolingDown"));
        assertThatThrownBy(() -> finalAssessments.submit(leo, exam, answers(started, true)))
                .as("other answers after the hand-in").isInstanceOfSatisfying(AttemptRefusedException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("attempt.finished"));
        assertThat(enrolmentService.progress(leo, enrolment).items())
                .filteredOn(item -> item.kind() == CourseItemKind.FINAL_ASSESSMENT).singleElement()
                .satisfies(item -> {
                    assertThat(item.done()).isFalse();
                    assertThat(item.attemptsUsed()).isEqualTo(1);
                    assertThat(item.keptScore()).isEqualByComparingTo("0");
                });

        long other = newLearner("Otra Persona");
        assertNotFound(() -> finalAssessments.open(other, enrolment), "enrolment.notFound");
        assertNotFound(() -> finalAssessments.start(other, enrolment), "enrolment.notFound");
        assertNotFound(() -> finalAssessments.submit(other, exam, Map.of()), "finalAssessment.attemptNotFound");
    }

    @Test
    void refusesAnAttemptBeyondTheCourseLimit() {
        long rosa = newLearner("Rosa Martín");
        long enrolment = enrolmentService.enrol(rosa, COURSE).enrolmentId();
        List<Decision> failing = path(FIRST_SCENARIO, false);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(play(rosa, enrolment, FIRST_SCENARIO, failing).attemptNumber()).isEqualTo(attempt);
        }

        assertThatThrownBy(() -> attemptService.start(rosa, enrolment, FIRST_SCENARIO))
                .isInstanceOfSatisfying(AttemptRefusedException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("attempt.limitReached");
                    assertThat(refused.getArguments()).containsExactly(3);
                });
        assertThat(enrolmentService.progress(rosa, enrolment).items())
                .filteredOn(item -> item.code().equals(FIRST_SCENARIO)).singleElement()
                .satisfies(item -> assertThat(item.attemptsUsed()).isEqualTo(3));
    }

    @Test
    void anotherLearnerFindsNothingOfSomeoneElsesRecords() {
        long owner = newLearner("Marta Ruiz");
        long other = newLearner("Pedro Sanz");
        long enrolment = enrolmentService.enrol(owner, COURSE).enrolmentId();
        AttemptView attempt = attemptService.start(owner, enrolment, FIRST_SCENARIO);
        StepView step = attempt.step();

        assertNotFound(() -> attemptService.current(other, attempt.attemptId()), "attempt.notFound");
        assertNotFound(() -> attemptService.choose(other, attempt.attemptId(), step.stepCode(),
                step.choices().get(0).code(), 1), "attempt.notFound");
        assertNotFound(() -> attemptService.start(other, enrolment, FIRST_SCENARIO), "enrolment.notFound");
        assertNotFound(() -> enrolmentService.markLessonRead(other, enrolment, lessons().get(0)),
                "enrolment.notFound");
        assertNotFound(() -> enrolmentService.progress(other, enrolment), "enrolment.notFound");
        assertThat(attemptService.current(owner, attempt.attemptId()).step().sequence()).isEqualTo(1);
        assertThat(enrolmentService.myLearning(other)).isEmpty();
    }

    @Test
    void refusesRepliesOutOfStepWithoutRecordingThem() {
        long juan = newLearner("Juan Prieto");
        long enrolment = enrolmentService.enrol(juan, COURSE).enrolmentId();
        AttemptView attempt = attemptService.start(juan, enrolment, FIRST_SCENARIO);
        List<Decision> path = path(FIRST_SCENARIO, true);

        assertThatThrownBy(() -> attemptService.choose(juan, attempt.attemptId(), path.get(1).step(),
                path.get(1).choice(), 1)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.getMessageKey()).isEqualTo("attempt.staleStep"));
        assertThatThrownBy(() -> attemptService.choose(juan, attempt.attemptId(), path.get(0).step(), "no-existe",
                1)).isInstanceOfSatisfying(AttemptRefusedException.class,
                refused -> assertThat(refused.getMessageKey()).isEqualTo("attempt.invalidChoice"));
        assertThat(answersOf(attempt.attemptId())).isZero();
    }

    /**
     * Not a test but the load driver of bench/README.md, run only with {@code -Datiende.bench=true}: 16 learners at
     * once, each enrolling, reading the lessons and playing the course through (a failed attempt, a retake, the
     * second scenario, hence completion and a certificate), then the next learner, for a warm-up and a measured
     * period ({@code atiende.bench.warmUpSeconds}, {@code atiende.bench.seconds}: 5 and 20 by default). Learners
     * choose without pause unless {@code atiende.bench.thinkMillis} says how long they read before each reply, on
     * average: each pause is drawn at random within {@code atiende.bench.thinkSpread} (0.5: from half to one and a
     * half times that; 0: always that) and each learner starts after such a pause, because people do not reply in
     * step. The driver also reports how many replies were already running when each one started. Only {@code choose()} is timed, as the web layer would call it; the figures are printed, not asserted,
     * because they depend on the machine.
     */
    @Test
    @EnabledIfSystemProperty(named = "atiende.bench", matches = "true")
    void measuresChooseLatencyWithSixteenConcurrentLearners() throws Exception {
        long warmUpEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("atiende.bench.warmUpSeconds", 5));
        long ends = warmUpEnds + TimeUnit.SECONDS.toNanos(Long.getLong("atiende.bench.seconds", 20));
        long thinkMillis = Long.getLong("atiende.bench.thinkMillis", 0);
        double thinkSpread = Double.parseDouble(System.getProperty("atiende.bench.thinkSpread", "0.5"));
        AtomicInteger running = new AtomicInteger();
        Latencies alreadyRunning = new Latencies();
        List<String> lessons = lessons();
        List<Play> plays = List.of(new Play(FIRST_SCENARIO, path(FIRST_SCENARIO, false)),
                new Play(FIRST_SCENARIO, path(FIRST_SCENARIO, true)),
                new Play(SECOND_SCENARIO, path(SECOND_SCENARIO, true)));
        List<Future<long[][]>> learnersAtOnce = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            learnersAtOnce.add(threads.submit(() -> {
                Latencies midway = new Latencies();
                Latencies last = new Latencies();
                Latencies certifying = new Latencies();
                Thread.sleep(thinkTime(thinkMillis, thinkSpread));
                while (System.nanoTime() < ends) {
                    long learner = newLearner("Bench");
                    long enrolment = enrolmentService.enrol(learner, COURSE).enrolmentId();
                    lessons.forEach(lesson -> enrolmentService.markLessonRead(learner, enrolment, lesson));
                    for (Play play : plays) {
                        List<Decision> path = play.path();
                        long attempt = attemptService.start(learner, enrolment, play.scenario()).attemptId();
                        for (int decision = 0; decision < path.size(); decision++) {
                            Thread.sleep(thinkTime(thinkMillis, thinkSpread));
                            int others = running.getAndIncrement();
                            long started = System.nanoTime();
                            attemptService.choose(learner, attempt, path.get(decision).step(),
                                    path.get(decision).choice(), decision + 1);
                            long finished = System.nanoTime();
                            running.decrementAndGet();
                            if (started > warmUpEnds && finished < ends) {
                                synchronized (alreadyRunning) {
                                    alreadyRunning.add(others);
                                }
                                (decision == path.size() - 1 ? last : midway).add(finished - started);
                                if (decision == path.size() - 1 && play == plays.get(plays.size() - 1)) {
                                    certifying.add(finished - started);
                                }
                            }
                        }
                    }
                }
                return new long[][] {midway.toArray(), last.toArray(), certifying.toArray()};
            }));
        }
        Latencies midway = new Latencies();
        Latencies last = new Latencies();
        Latencies certifying = new Latencies();
        for (Future<long[][]> learner : learnersAtOnce) {
            long[][] measured = learner.get(ends - System.nanoTime() + TimeUnit.MINUTES.toNanos(2),
                    TimeUnit.NANOSECONDS);
            midway.addAll(measured[0]);
            last.addAll(measured[1]);
            certifying.addAll(measured[2]);
        }
        Latencies all = new Latencies();
        all.addAll(midway.toArray());
        all.addAll(last.toArray());
        double seconds = (ends - warmUpEnds) / 1e9;
        long[] others = alreadyRunning.toArray();
        Arrays.sort(others);
        System.out.printf("atiende bench: choose() with %d concurrent learners thinking %d ms (± %.0f %%) on %s: %d"
                        + " calls in %.0f s (%.0f/s); latency ms %s; mid-conversation %s; finishing %s; of which"
                        + " issuing the certificate %s; replies already running at a reply's start: mean %.2f,"
                        + " p99 %d, max %d%n",
                THREADS, thinkMillis, thinkSpread * 100, databaseName(), all.size(), seconds, all.size() / seconds,
                all.summary(), midway.summary(), last.summary(), certifying.summary(),
                Arrays.stream(others).average().orElse(0), others[(int) Math.ceil(0.99 * others.length) - 1],
                others[others.length - 1]);
        assertThat(all.size()).isPositive();
    }

    /** A reading pause of {@code meanMillis} on average, uniform within {@code spread} of it either way. */
    private static long thinkTime(long meanMillis, double spread) {
        long least = Math.round(meanMillis * (1 - spread));
        long most = Math.round(meanMillis * (1 + spread));
        return most <= least ? least : ThreadLocalRandom.current().nextLong(least, most + 1);
    }

    /** Latencies in nanoseconds, summarised as percentiles in milliseconds. */
    private static final class Latencies {

        private long[] nanos = new long[1024];
        private int size;

        void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        void addAll(long[] values) {
            for (long value : values) {
                add(value);
            }
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(nanos, size);
        }

        String summary() {
            long[] sorted = toArray();
            Arrays.sort(sorted);
            return String.format("p50 %.2f, p95 %.2f, p99 %.2f, max %.2f", percentile(sorted, 0.50),
                    percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }
    }

    private static double percentile(long[] sortedNanos, double quantile) {
        return sortedNanos[(int) Math.ceil(quantile * sortedNanos.length) - 1] / 1e6;
    }

    private String databaseName() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    /** Plays a whole path in a new or resumed attempt, one request per reply, and returns the result. */
    private ResultView play(long learner, long enrolment, String scenario, List<Decision> path) {
        AttemptView attempt = attemptService.start(learner, enrolment, scenario);
        ChoiceOutcome outcome = null;
        for (int i = 0; i < path.size(); i++) {
            outcome = attemptService.choose(learner, attempt.attemptId(), path.get(i).step(), path.get(i).choice(),
                    i + 1);
        }
        assertThat(outcome.finished()).as("the path ends the attempt").isTrue();
        return outcome.result();
    }

    /** Runs the call on {@link #THREADS} threads released together; each result is the value or the exception. */
    private List<Object> race(Call call) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int index = i;
            futures.add(threads.submit((Callable<Object>) () -> {
                ready.countDown();
                go.await();
                try {
                    return call.run(index);
                } catch (AssessmentException e) {
                    return e;
                }
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @FunctionalInterface
    private interface Call {
        Object run(int index);
    }

    /** A scenario played along a path, start to end. */
    private record Play(String scenario, List<Decision> path) {
    }

    /** One reply along a path: the step and the choice taken in it. */
    private record Decision(String step, String choice) {
    }

    /**
     * The first path through the published scenario, in the author's order, that passes or (when
     * {@code passing} is false) fails; worked out with the domain's own grading.
     */
    private List<Decision> path(String scenarioCode, boolean passing) {
        return inTransaction(() -> {
            Scenario scenario = courses.findPublished(COURSE).orElseThrow().scenario(scenarioCode).orElseThrow();
            return search(scenario, scenario.firstStep(), new ArrayList<>(), new ArrayList<>(), passing);
        });
    }

    private static List<Decision> search(Scenario scenario, ScenarioStep step, List<Decision> path,
                                         List<Choice> choices, boolean passing) {
        for (Choice choice : step.getChoices()) {
            path.add(new Decision(step.getCode(), choice.getCode()));
            choices.add(choice);
            boolean end = choice.isCritical() || scenario.isEnding(choice.getNextCode());
            if (end) {
                PassVerdict verdict = scenario.getCourse().getPassRules().evaluate(scenario.score(
                        Scoring.addUp(choices.stream().map(Choice::getEffects).toList())), choice.isCritical());
                if (verdict.passed() == passing) {
                    return List.copyOf(path);
                }
            } else {
                List<Decision> found = search(scenario, scenario.step(choice.getNextCode()).orElseThrow(), path,
                        choices, passing);
                if (found != null) {
                    return found;
                }
            }
            path.remove(path.size() - 1);
            choices.remove(choices.size() - 1);
        }
        return null;
    }

    /** Every lesson read and both scenarios passed: the final assessment is all that is left. */
    private long everythingButTheFinalAssessment(long learner) {
        long enrolment = enrolmentService.enrol(learner, COURSE).enrolmentId();
        for (String lesson : lessons()) {
            enrolmentService.markLessonRead(learner, enrolment, lesson);
        }
        play(learner, enrolment, FIRST_SCENARIO, path(FIRST_SCENARIO, true));
        play(learner, enrolment, SECOND_SCENARIO, path(SECOND_SCENARIO, true));
        return enrolment;
    }

    /** For each question of the attempt under way, its right option, or (when {@code right} is false) a wrong one. */
    private Map<String, Integer> answers(FinalAssessmentView view, boolean right) {
        return inTransaction(() -> {
            FinalAssessment assessment = courses.findPublished(COURSE).orElseThrow().finalAssessment().orElseThrow();
            Map<String, Integer> chosen = new HashMap<>();
            for (FinalAssessmentView.QuestionView shown : view.attempt().questions()) {
                AssessmentQuestion question = assessment.question(shown.code()).orElseThrow();
                chosen.put(shown.code(), IntStream.range(0, question.getOptions().size())
                        .filter(option -> question.isCorrect(option) == right).findFirst().orElseThrow());
            }
            return chosen;
        });
    }

    private String courseAssessmentTitle() {
        return inTransaction(() -> courses.findPublished(COURSE).orElseThrow().finalAssessment().orElseThrow()
                .getTitle());
    }

    private String courseAssessmentCode() {
        return inTransaction(() -> courses.findPublished(COURSE).orElseThrow().finalAssessment().orElseThrow()
                .getCode());
    }

    private List<String> lessons() {
        return inTransaction(() -> courses.findPublished(COURSE).map(Course::getLessons).orElseThrow().stream()
                .map(Lesson::getCode).toList());
    }

    private long newLearner(String name) {
        return inTransaction(() -> {
            Learner learner = new Learner(UUID.randomUUID() + "@example.com", name, "Atención al cliente",
                    Set.of(Role.EMPLOYEE), Instant.now());
            learners.store(learner);
            return learner;
        }).getId();
    }

    private static List<Integer> sequence(int size) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static void assertNotFound(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(NotFoundException.class,
                notFound -> assertThat(notFound.getMessageKey()).isEqualTo(key));
    }

    private long certificatesOf(long enrolment) {
        return count("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ?", enrolment);
    }

    private long auditEvents(String action, String subject) {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject = ?", action, subject);
    }

    /** The orders recorded with the attempt's answers, as stored: the replies' codes, comma-separated. */
    private List<String> shownOrders(long attempt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT shown_order FROM attempt_answer WHERE attempt_id = ? ORDER BY sequence_no")) {
            query.setLong(1, attempt);
            List<String> orders = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    orders.add(result.getString(1));
                }
            }
            return orders;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shownOrder(StepView step) {
        return String.join(",", step.choices().stream().map(ChoiceOption::code).toList());
    }

    private long answersOf(long attempt) {
        return count("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ?", attempt);
    }

    /** Moves a certificate's expiry into the past, as if its validity had run out. */
    private void expire(long certificate) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE certificate SET expires_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            update.setLong(2, certificate);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T inTransaction(Callable<T> work) {
        try {
            transaction.begin();
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
