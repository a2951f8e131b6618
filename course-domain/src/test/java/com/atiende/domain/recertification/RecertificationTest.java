package com.atiende.domain.recertification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.LearningFixture;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.credential.IssuerKey;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.notification.NoticeDelivery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * When a certificate is due for recertification, what a claim records, and the V6 tables behind it: the claim's key
 * refuses a second claim of the same certificate, and the issuer key is one row per purpose.
 */
class RecertificationTest {

    private static final Instant ISSUED = Instant.parse("2025-03-31T16:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2027-03-31T16:00:00Z");
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    private final LearningFixture fixture = LearningFixture.standard();

    @Test
    void isDueFromTheLeadTimeBeforeExpiryOnwards() {
        Certificate certificate = certificate(fixture.enrol());

        assertThat(Recertification.isDue(certificate, EXPIRES.minus(Duration.ofDays(31)), THIRTY_DAYS)).isFalse();
        assertThat(Recertification.isDue(certificate, EXPIRES.minus(THIRTY_DAYS), THIRTY_DAYS)).isTrue();
        assertThat(Recertification.isDue(certificate, EXPIRES.plus(Duration.ofDays(3)), THIRTY_DAYS))
                .as("already expired: a job that was down catches up").isTrue();
    }

    @Test
    void isNeverDueOnceRevoked() {
        Certificate certificate = certificate(fixture.enrol());
        certificate.revoke("Emitido por error", ISSUED.plusSeconds(60));

        assertThat(Recertification.isDue(certificate, EXPIRES.minus(Duration.ofDays(1)), THIRTY_DAYS)).isFalse();
    }

    @Test
    void waitsForTheNotificationUnlessThereIsNothingToTell() {
        Recertification reEnrolled = new Recertification(7, ISSUED, "instance-a", Recertification.Outcome.RE_ENROLLED, 42L);
        Recertification notPublished = new Recertification(8, ISSUED, "instance-a",
                Recertification.Outcome.NOT_PUBLISHED, null);

        assertThat(reEnrolled.getNotification()).isEqualTo(NoticeDelivery.PENDING);
        assertThat(notPublished.getNotification()).isEqualTo(NoticeDelivery.NOT_NEEDED);
        reEnrolled.notified(NoticeDelivery.SENT, ISSUED.plusSeconds(5));
        assertThat(reEnrolled.getNotifiedAt()).isEqualTo(ISSUED.plusSeconds(5));
        assertThatThrownBy(() -> reEnrolled.notified(NoticeDelivery.FAILED, ISSUED))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Recertification(9, ISSUED, "a", Recertification.Outcome.RE_ENROLLED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesOneClaimPerCertificateAndOneKeyPerPurpose() {
        String url = "jdbc:h2:mem:recertification_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("atiende-mapping-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
        try {
            long[] certificateId = new long[1];
            inTransaction(factory, em -> {
                fixture.competencies().forEach(em::persist);
                em.persist(fixture.course());
                Enrolment enrolment = fixture.enrol();
                em.persist(enrolment.getLearner());
                em.persist(enrolment);
                Certificate certificate = certificate(enrolment);
                em.persist(certificate);
                em.flush();
                certificateId[0] = certificate.getId();
                em.persist(new Recertification(certificate.getId(), ISSUED, "instance-a",
                        Recertification.Outcome.RE_ENROLLED, enrolment.getId()));
                em.persist(new IssuerKey(IssuerKey.OPEN_BADGES, "kid-1", "RS256", "{}", ISSUED));
            });

            assertThatThrownBy(() -> inTransaction(factory, em -> em.persist(new Recertification(certificateId[0],
                    ISSUED, "instance-b", Recertification.Outcome.NOT_PUBLISHED, null))))
                    .isInstanceOf(RollbackException.class);
            assertThatThrownBy(() -> inTransaction(factory, em -> em.persist(
                    new IssuerKey(IssuerKey.OPEN_BADGES, "kid-2", "RS256", "{}", ISSUED))))
                    .isInstanceOf(RollbackException.class);
            EntityManager em = factory.createEntityManager();
            List<Recertification> found = em.createNamedQuery("Recertification.findByCertificates",
                    Recertification.class).setParameter("certificateIds", List.of(certificateId[0])).getResultList();
            assertThat(found).singleElement().satisfies(claim -> {
                assertThat(claim.getClaimedBy()).isEqualTo("instance-a");
                assertThat(claim.getOutcome()).isEqualTo(Recertification.Outcome.RE_ENROLLED);
            });
            assertThat(em.find(IssuerKey.class, IssuerKey.OPEN_BADGES).getKeyId()).isEqualTo("kid-1");
            em.close();
        } finally {
            factory.close();
        }
    }

    private Certificate certificate(Enrolment enrolment) {
        Attempt passed = LearningFixture.play(fixture.start(enrolment, ISSUED.minusSeconds(600)), ISSUED, "a", "a");
        enrolment.markLessonRead("escuchar", ISSUED);
        enrolment.completeIfDone(Set.of("llamada"), ISSUED);
        return Certificate.issue(enrolment, enrolment.getLearner(), List.of(passed), "ABCDEFGHJKMN", ISSUED);
    }

    private static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
