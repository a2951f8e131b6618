package com.atiende.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atiende.assessment.account.SignInOutcome;
import com.atiende.assessment.account.SignInService;
import com.atiende.assessment.attempt.AttemptService;
import com.atiende.assessment.attempt.ChoiceOutcome;
import com.atiende.assessment.content.ContentImportService;
import com.atiende.assessment.content.ImportResult;
import com.atiende.assessment.content.InvalidContentException;
import com.atiende.assessment.content.ShippedContentLoader;
import com.atiende.assessment.enrolment.EnrolmentService;
import com.atiende.assessment.finalassessment.FinalAssessmentService;
import com.atiende.assessment.finalassessment.FinalAssessmentView;
import com.atiende.assessment.learning.LearningService;
import com.atiende.domain.content.ContentReader;
import com.atiende.domain.content.ContentSource;
import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.course.CourseStatus;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.persistence.DatabaseMigration;
import com.atiende.infrastructure.security.PasswordHashing;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
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
 * a new version for a changed file with the old one intact, and all-or-nothing refusal of invalid content; and
 * the SQL a lesson page and a player step cost, which must not grow with the content (no N+1).
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
    private ContentImportService contentImport;

    @Inject
    private CourseRepository courses;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @PersistenceUnit(unitName = "atiende")
    private EntityManagerFactory entityManagerFactory;

    @Inject
    private LearnerRepository learners;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private AttemptService attempts;

    @EJB
    private FinalAssessmentService finalAssessments;

    @EJB
    private LearningService reading;

    @EJB
    private SignInService signIn;

    @Inject
    private PasswordHashing passwords;

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

    @Test
    @Order(10)
    void theLessonPageAndThePlayerStepCostAFixedHandfulOfQueries() throws Exception {
        long learnerId = newEmployee("consultas@ejemplo.com", "Cuenta Consultas");
        long enrolmentId = enrolments.enrol(learnerId, "atencion").enrolmentId();
        long attemptId = attempts.start(learnerId, enrolmentId, "recepcion-clinica").attemptId();
        reading.lesson(learnerId, enrolmentId, "atender-es-prestar-atencion");
        attempts.current(learnerId, attemptId);

        int firstLesson = statements(() -> reading.lesson(learnerId, enrolmentId, "atender-es-prestar-atencion"));
        String lessonStatements = String.valueOf(lastStatements);
        int lastLesson = statements(() -> reading.lesson(learnerId, enrolmentId, "mas-alla-de-no-tener-quejas"));
        int stepAtStart = statements(() -> attempts.current(learnerId, attemptId));
        String stepStatements = String.valueOf(lastStatements);
        var scenario = new ContentReader().read(ShippedContentLoader.shippedContent()).course("atencion").orElseThrow()
                .scenario("recepcion-clinica").orElseThrow();
        for (int answered = 0; answered < 3; answered++) {
            var step = attempts.current(learnerId, attemptId).step();
            String best = bestChoice(scenario, step.stepCode());
            var outcome = attempts.choose(learnerId, attemptId, step.stepCode(), best, step.sequence());
            assertThat(outcome.result()).as("finished early at " + step.stepCode() + " with " + best + ": " + outcome).isNull();
        }
        attempts.current(learnerId, attemptId); // first sight of this step fills the shared cache, as above
        int stepLater = statements(() -> attempts.current(learnerId, attemptId));

        assertThat(firstLesson).as("lesson page statements: " + lessonStatements).isLessThanOrEqualTo(1).isEqualTo(lastLesson);
        // The attempt with its enrolment and answers, in one statement; the scenario comes from the shared cache.
        assertThat(stepAtStart).as("player step statements: " + stepStatements).isEqualTo(1);
        assertThat(stepLater).as("player step statements after three answers: " + lastStatements).isEqualTo(stepAtStart);
    }

    @Test
    @Order(11)
    void aReplyCostsAFixedHandfulOfStatementsAndLeavesContentShared() throws Exception {
        long learnerId = newEmployee("respuestas@ejemplo.com", "Cuenta Respuestas");
        long enrolmentId = enrolments.enrol(learnerId, "atencion").enrolmentId();
        long attemptId = attempts.start(learnerId, enrolmentId, "recepcion-clinica").attemptId();
        var scenario = new ContentReader().read(ShippedContentLoader.shippedContent()).course("atencion").orElseThrow()
                .scenario("recepcion-clinica").orElseThrow();
        List<Integer> midway = new java.util.ArrayList<>();
        int finishing;
        while (true) {
            CountedReply reply = replyBest(learnerId, attemptId, scenario);
            if (reply.outcome().finished()) {
                finishing = reply.statements();
                break;
            }
            midway.add(reply.statements());
        }

        // The attempt with its answers (read without a lock: a locking read also reloads its scores), update, insert;
        // one more when a block of ids runs out.
        assertThat(midway).as("statements per reply in mid-conversation").isNotEmpty().allMatch(count -> count <= 4);
        assertThat(attempts.current(learnerId, attemptId).transcript())
                .as("the answers read with the attempt, in the order of the decisions")
                .extracting(com.atiende.assessment.attempt.Exchange::sequence)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, midway.size() + 1).boxed().toList());
        // The attempt with its enrolment, answers and (still no) scores in one statement; the updates of the enrolment
        // (its row version guarded, no lock) and the attempt; the four scores and the answer; the enrolment's attempts,
        // to see whether the course is complete (its lessons read are not read while a required scenario is still to
        // pass); the audit event of the finished attempt; the competencies, from the query cache unless content was
        // published since.
        assertThat(finishing).as("statements of the reply that finishes: " + lastStatements).isLessThanOrEqualTo(11);
        inTransaction(() -> {
            var entityManager = entityManagerFactory.createEntityManager();
            try {
                var attempt = entityManager.find(com.atiende.domain.attempt.Attempt.class, attemptId);
                assertThat(entityManager.contains(attempt)).isTrue();
                assertThat(entityManager.contains(attempt.getScenario()))
                        .as("published content is used from the shared cache, not copied into the transaction").isFalse();
                assertThat(entityManager.contains(attempt.getAnswers().get(0).getChoice())).isFalse();
            } finally {
                entityManager.close();
            }
            return null;
        });
    }

    @Test
    @Order(12)
    void theHandInThatIssuesTheCertificateCostsAFixedHandfulOfStatements() throws Exception {
        long learnerId = newEmployee("certificado@ejemplo.com", "Cuenta Certificado");
        long enrolmentId = enrolments.enrol(learnerId, "atencion").enrolmentId();
        var course = new ContentReader().read(ShippedContentLoader.shippedContent()).course("atencion").orElseThrow();
        course.lessons().forEach(lesson -> enrolments.markLessonRead(learnerId, enrolmentId, lesson.id()));
        for (var scenario : course.scenarios()) {
            long attemptId = attempts.start(learnerId, enrolmentId, scenario.id()).attemptId();
            while (true) {
                CountedReply reply = replyBest(learnerId, attemptId, scenario);
                if (reply.outcome().finished()) {
                    assertThat(reply.outcome().result().passed()).as(scenario.id() + " played at its best").isTrue();
                    break;
                }
            }
        }
        FinalAssessmentView started = finalAssessments.start(learnerId, enrolmentId);
        var bank = course.assessments().get(0);
        Map<String, Integer> right = new HashMap<>();
        for (var shown : started.attempt().questions()) {
            var options = bank.question(shown.code()).orElseThrow().options();
            right.put(shown.code(), IntStream.range(0, options.size()).filter(i -> options.get(i).correct())
                    .findFirst().orElseThrow());
        }
        int issuing = statements(() -> finalAssessments.submit(learnerId, started.attempt().attemptId(), right));

        assertThat(enrolments.progress(learnerId, enrolmentId).progress().certificate())
                .as("passing the final assessment completed the course").isNotNull();
        // The attempt with its enrolment, and its drawn questions; the enrolment's scenario attempts as stored and
        // its lessons read; the enrolment (activity, row version and completion in one update) and the attempt
        // written; its ten answers, which EclipseLink rewrites as a delete and an insert each (an element collection
        // has no row identity: twenty statements, measured); the audit events of the hand-in, the completion and the
        // certificate; the certified attempts with their results; the certificate and its four scores; the
        // enrolment's attempts again for the page. 36 measured; one more when a block of ids runs out. Not the
        // learner: the certificate links to its holder by reference, and the audit names the caller.
        assertThat(issuing).as("statements of the hand-in that issues the certificate: " + lastStatements)
                .isLessThanOrEqualTo(37);
    }

    /** A reply and the SQL statements it took. */
    @Test
    void guessesFromElsewhereLockTheAccountButNotTheBrowserItsOwnerSignedInFrom() throws Exception {
        String email = "duena-" + System.nanoTime() + "@example.com";
        String password = "Una-contrasena-larga-2026";
        inCommittedTransaction(() -> {
            Learner owner = new Learner(email, "Dueña de la cuenta", null, Set.of(Role.EMPLOYEE), Instant.now());
            owner.changePasswordHash(passwords.hash(password.toCharArray()));
            learners.store(owner);
            return owner;
        });
        SignInOutcome first = signIn.signIn(email, password.toCharArray(), "198.51.100.7", null);
        assertThat(first.signedIn()).isPresent();
        String device = first.deviceToken();
        assertThat(device).as("the browser that signed in is trusted from now on").isNotBlank();

        for (int guess = 1; guess <= 5; guess++) {
            assertThat(signIn.signIn(email, ("adivina-" + guess).toCharArray(), "203.0.113." + guess, null).throttled())
                    .isFalse();
        }
        assertThat(signIn.signIn(email, password.toCharArray(), "203.0.113.9", null).throttled())
                .as("any other browser, even with the right password").isTrue();
        assertThat(signIn.signIn(email, password.toCharArray(), "203.0.113.9", "made-up").throttled())
                .as("a made-up device cookie").isTrue();
        SignInOutcome owner = signIn.signIn(email, password.toCharArray(), "198.51.100.7", device);
        assertThat(owner.signedIn()).as("the owner's browser still gets in").isPresent();
        assertThat(owner.deviceToken()).as("it is trusted already").isNull();

        for (int guess = 1; guess <= 5; guess++) {
            signIn.signIn(email, ("adivina-" + guess).toCharArray(), "198.51.100.8", device);
        }
        assertThat(signIn.signIn(email, password.toCharArray(), "198.51.100.8", device).throttled())
                .as("a trusted browser that guesses is locked out in its turn").isTrue();
    }

    private record CountedReply(ChoiceOutcome outcome, int statements) {
    }

    /** Gives the current step's best reply (the one that moves the competencies most), counting its statements. */
    private CountedReply replyBest(long learnerId, long attemptId, ScenarioDefinition scenario) throws Exception {
        var step = attempts.current(learnerId, attemptId).step();
        String best = bestChoice(scenario, step.stepCode());
        AtomicReference<ChoiceOutcome> outcome = new AtomicReference<>();
        int count = statements(() -> {
            outcome.set(attempts.choose(learnerId, attemptId, step.stepCode(), best, step.sequence()));
            return null;
        });
        return new CountedReply(outcome.get(), count);
    }

    private static String bestChoice(ScenarioDefinition scenario, String stepCode) {
        return scenario.step(stepCode).orElseThrow().choices().stream()
                .max(java.util.Comparator.comparingInt(choice -> choice.effects().values().stream().mapToInt(Integer::intValue).sum()))
                .orElseThrow().id();
    }

    private long newEmployee(String email, String name) throws Exception {
        return inCommittedTransaction(() -> {
            Learner learner = new Learner(email, name, null, Set.of(Role.EMPLOYEE), Instant.now());
            learners.store(learner);
            return learner;
        }).getId();
    }

    /** The SQL statements of the last {@link #statements} call, to explain a failing count. */
    private final List<String> lastStatements = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** How many SQL statements EclipseLink sends to the database while {@code work} runs on this thread. */
    private int statements(Callable<?> work) throws Exception {
        Thread caller = Thread.currentThread();
        AtomicInteger count = new AtomicInteger();
        lastStatements.clear();
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == caller) {
                    count.incrementAndGet();
                    lastStatements.add(String.valueOf(event.getCall() instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall call
                            ? call.getSQLString() : event.getCall()));
                }
            }
        };
        var events = entityManagerFactory.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager();
        events.addListener(counter);
        try {
            work.call();
        } finally {
            events.removeListener(counter);
        }
        return count.get();
    }

    private <T> T inCommittedTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
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
