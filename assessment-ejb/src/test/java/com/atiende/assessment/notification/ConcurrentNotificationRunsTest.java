package com.atiende.assessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.assessment.recertification.RecertificationNotification;
import com.atiende.assessment.reminder.DueReminderNotification;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.VerificationCode;
import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.Lesson;
import com.atiende.domain.course.PassRules;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import com.atiende.domain.notification.NoticeDelivery;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.mail.SmtpMail;
import com.atiende.infrastructure.persistence.MigratedDatabase;
import com.atiende.infrastructure.persistence.ResourceLocalTransactions;
import com.atiende.infrastructure.persistence.jpa.DueReminderQueries;
import com.atiende.infrastructure.persistence.jpa.JpaCertificateRepository;
import com.atiende.infrastructure.persistence.jpa.JpaCourseRepository;
import com.atiende.infrastructure.persistence.jpa.JpaDueReminderRepository;
import com.atiende.infrastructure.persistence.jpa.JpaEnrolmentRepository;
import com.atiende.infrastructure.persistence.jpa.JpaRecertificationRepository;
import com.atiende.infrastructure.persistence.jpa.RecertificationQueries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two runs of each kind of notification at once, as two instances would start them, on the real migrations and the
 * real claims (H2, or PostgreSQL with {@code -Datiende.it.db=postgresql}): both runs read the same due list before
 * either claims anything, and still each person is told exactly once. It fails if a claim is not atomic (both runs
 * claim one thing) or if a message leaves before its claim committed (the run that loses the claim has sent it).
 */
class ConcurrentNotificationRunsTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:17:00Z");
    private static final int PEOPLE = 12;
    private static final String SENT = " WHERE r.notification = com.atiende.domain.notification.NoticeDelivery.SENT";

    private MigratedDatabase database;
    private EntityManagerFactory factory;
    private ResourceLocalTransactions transactions;
    private final Mailbox mailbox = new Mailbox();
    private final Settings settings = Settings.of(Map.of());

    @BeforeEach
    void migrateAndConnect() {
        database = MigratedDatabase.create("notify");
        factory = database.factory();
        transactions = new ResourceLocalTransactions(factory);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void twoRunsAtOnceEnrolAndTellEachHolderOfACertificateExpiringSoonOnce() throws Exception {
        Course course = publishCourse();
        List<String> holders = IntStream.range(0, PEOPLE)
                .mapToObj(i -> certify(course, "holder" + i, NOW.plus(Duration.ofDays(1 + i)))).toList();
        String later = certify(course, "later", NOW.plus(Duration.ofDays(90)));
        RecertificationNotification recertification = new RecertificationNotification(
                transactions.inject(new JpaCertificateRepository()), transactions.inject(new JpaEnrolmentRepository()),
                transactions.inject(new JpaCourseRepository()), transactions.inject(new JpaRecertificationRepository()),
                transactions.inject(new RecertificationQueries()), settings);

        List<NotificationRun> runs = race(recertification);

        assertThat(runs).extracting(NotificationRun::due).as("both runs found every holder").containsOnly(PEOPLE);
        assertThat(runs.stream().mapToInt(NotificationRun::claimed).sum()).isEqualTo(PEOPLE);
        assertThat(mailbox.recipients()).containsExactlyInAnyOrderElementsOf(holders).doesNotContain(later);
        assertThat(count("SELECT COUNT(r) FROM Recertification r" + SENT)).isEqualTo(PEOPLE);
        assertThat(count("SELECT COUNT(e) FROM Enrolment e WHERE e.status = com.atiende.domain.enrolment"
                + ".EnrolmentStatus.ACTIVE")).as("one new enrolment each").isEqualTo(PEOPLE);
    }

    @Test
    void twoRunsAtOnceRemindEachLearnerOfACourseDueSoonOrOverdueOnce() throws Exception {
        Course course = publishCourse();
        Instant monthAgo = NOW.minus(Duration.ofDays(30));
        List<String> reminded = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Instant due = i % 2 == 0 ? NOW.plus(Duration.ofDays(1 + i % 6)) : NOW.minus(Duration.ofDays(i));
            reminded.add(enrol(course, "learner" + i, monthAgo, due));
        }
        String later = enrol(course, "later", monthAgo, NOW.plus(Duration.ofDays(30)));
        DueReminderNotification reminders = new DueReminderNotification(
                transactions.inject(new JpaEnrolmentRepository()), transactions.inject(new JpaDueReminderRepository()),
                transactions.inject(new DueReminderQueries()), settings);

        List<NotificationRun> runs = race(reminders);

        assertThat(runs).extracting(NotificationRun::due).as("both runs found every learner").containsOnly(PEOPLE);
        assertThat(runs.stream().mapToInt(NotificationRun::claimed).sum()).isEqualTo(PEOPLE);
        assertThat(mailbox.recipients()).containsExactlyInAnyOrderElementsOf(reminded).doesNotContain(later);
        assertThat(count("SELECT COUNT(r) FROM DueReminder r" + SENT)).isEqualTo(PEOPLE);
    }

    /**
     * Runs the kind twice at once, each run on a thread of its own, and lets neither claim anything before both have
     * read what is due: the second run finds everything the first is about to claim.
     */
    private List<NotificationRun> race(ClaimedNotification kind) throws Exception {
        CyclicBarrier listsRead = new CyclicBarrier(2);
        ClaimedNotification listingTogether = new ClaimedNotification() {
            @Override
            public String name() {
                return kind.name();
            }

            @Override
            public List<Long> due(Instant now, int limit) {
                List<Long> due = kind.due(now, limit);
                try {
                    listsRead.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other run did not read its list", e);
                }
                return due;
            }

            @Override
            public Optional<Notice> claim(long dueId, Instant now, String claimedBy) {
                return kind.claim(dueId, now, claimedBy);
            }

            @Override
            public void record(long claimId, NoticeDelivery delivery, Instant at) {
                kind.record(claimId, delivery, at);
            }
        };
        NotificationRunService runner = new NotificationRunService(transactions, mailbox, Clock.fixed(NOW,
                ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<NotificationRun>> runs = List.of(pool.submit(() -> runner.run(listingTogether)),
                    pool.submit(() -> runner.run(listingTogether)));
            List<NotificationRun> done = new ArrayList<>();
            for (Future<NotificationRun> run : runs) {
                done.add(run.get(2, TimeUnit.MINUTES));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A published course of one lesson; its certificates are valid a year. */
    private Course publishCourse() {
        return inTransaction(em -> {
            Course course = new Course("curso", 1, "Curso", "Resumen", "es", 0, "hash",
                    new PassRules(60, Map.of(), 3, AttemptKept.BEST, 0, 14), Map.of(), 12);
            course.addLesson(new Lesson(course, 0, "leer", "Leer", 5, "## Leer", List.of("Lee."), List.of()));
            course.publish(NOW.minus(Duration.ofDays(800)));
            em.persist(course);
            return course;
        });
    }

    /** A new learner certified on the course, the certificate expiring when given; answers the e-mail. */
    private String certify(Course course, String name, Instant expiresAt) {
        Instant issuedAt = expiresAt.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        return inTransaction(em -> {
            Learner learner = learner(em, name, issuedAt.minus(1, ChronoUnit.DAYS));
            Enrolment enrolment = new Enrolment(learner, em.merge(course), issuedAt.minus(1, ChronoUnit.DAYS), null);
            enrolment.markLessonRead("leer", issuedAt);
            assertThat(enrolment.completeIfDone(Set.of(), issuedAt)).isTrue();
            em.persist(enrolment);
            em.flush();
            em.persist(Certificate.issue(enrolment, learner, List.of(), VerificationCode.generate(), issuedAt));
            return learner.getEmail();
        });
    }

    /** A new learner's open enrolment in the course, started and due when given; answers the e-mail. */
    private String enrol(Course course, String name, Instant enrolledAt, Instant dueAt) {
        return inTransaction(em -> {
            Learner learner = learner(em, name, enrolledAt);
            em.persist(new Enrolment(learner, em.merge(course), enrolledAt, dueAt));
            return learner.getEmail();
        });
    }

    private static Learner learner(EntityManager em, String name, Instant at) {
        Learner learner = new Learner(name + "@example.com", name, "Atención al cliente", Set.of(Role.EMPLOYEE), at);
        em.persist(learner);
        em.flush();
        return learner;
    }

    private long count(String jpql) {
        return inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
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

    /** A mail server that keeps who every message went to, whichever thread sent it. */
    private static final class Mailbox extends SmtpMail {

        private final List<String> recipients = new ArrayList<>();

        Mailbox() {
            super(new Settings.Smtp(Optional.of("mail.example.com"), 25, "atiende@localhost", Optional.empty(), Optional.empty(), false));
        }

        @Override
        public synchronized void send(String to, String subject, String text) {
            recipients.add(to);
        }

        synchronized List<String> recipients() {
            return List.copyOf(recipients);
        }
    }
}
