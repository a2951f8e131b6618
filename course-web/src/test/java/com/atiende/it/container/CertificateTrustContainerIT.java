package com.atiende.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.assessment.credential.CertificateFile;
import com.atiende.assessment.credential.CertificateFileService;
import com.atiende.assessment.credential.IssuerKeys;
import com.atiende.assessment.notification.NotificationRunService;
import com.atiende.assessment.recertification.RecertificationNotification;
import com.atiende.assessment.reminder.DueReminderNotification;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.certificate.VerificationCode;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.persistence.DatabaseMigration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates people can trust, inside Payara Micro on the real database: public verification (page and API) of a
 * valid, an expired and a revoked certificate; a learner's Open Badge credential checked by the public endpoint
 * before and after revocation, by the key its kid leads to and against the public revocation list, and again after a
 * key rotation; credentials named by a random id, while those issued before keep the record id or the bare key id
 * they were signed with and still verify; and the recertification job, run twice at once as two instances would, enrolling and
 * e-mailing each learner whose certificate is about to expire exactly once, the mail arriving at a GreenMail server
 * in this JVM on the port the build reserved (ATIENDE_SMTP_PORT of this Micro); and the due-date reminders, run twice
 * at once too, each sent once. Each test makes learners of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateTrustContainerIT {

    private static final String COURSE = "escucha-empatia";

    @Deployment
    static WebArchive atiende() {
        return Deployments.atiendeWith(CertificateTrustContainerIT.class)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
    }

    @EJB
    private NotificationRunService notifications;

    @Inject
    private RecertificationNotification recertification;

    @EJB
    private CertificateFileService files;

    @Inject
    private DueReminderNotification reminders;

    @EJB
    private IssuerKeys issuerKeys;

    @Inject
    private LearnerRepository learners;

    @Inject
    private CourseRepository courses;

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private CertificateRepository certificates;

    /** The request that runs this test in the container: it tells where the application listens. */
    @Inject
    private HttpServletRequest runner;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void verificationTellsValidExpiredAndRevokedCertificatesApart() throws Exception {
        Issued valid = certify("Íñigo Valdés");
        Issued expired = certify("Ana Caducada");
        Issued revoked = certify("Rubén Revocado");
        setExpiry(expired.certificateId(), Instant.now().minus(Duration.ofDays(2)));
        revoke(revoked.certificateId());

        assertThat(page(valid.code().toLowerCase())).contains("data-state=\"valid\"", "Íñigo Valdés",
                "Escuchar y empatizar", "Certificado válido");
        assertThat(page(expired.code())).contains("data-state=\"expired\"", "Ana Caducada", "Caducó el");
        assertThat(page(revoked.code())).contains("data-state=\"revoked\"", "Rubén Revocado", "Revocado el");
        assertThat(api(valid.code())).contains("\"status\":\"valid\"", "\"holderName\":\"Íñigo Valdés\"");
        assertThat(api(expired.code())).contains("\"status\":\"expired\"");
        assertThat(api(revoked.code())).contains("\"status\":\"revoked\"", "\"revokedAt\"");
    }

    @Test
    void aLearnersOpenBadgeVerifiesUntilTheCertificateIsRevoked() throws Exception {
        Issued issued = certify("Lucía Núñez");
        CertificateFile badge = files.badge(issued.learnerId(), issued.certificateId()).orElseThrow();
        String jwt = new String(badge.content(), StandardCharsets.US_ASCII);
        Issued someoneElse = certify("Pedro Sanz");
        SignedJWT credential = SignedJWT.parse(jwt);
        String credentialId = credential.getJWTClaimsSet().getJWTID();
        String revocationList = JSONObjectUtils.getString(
                JSONObjectUtils.getJSONObject(credential.getJWTClaimsSet().getClaims(), "credentialStatus"), "id");

        assertThat(badge.contentType()).isEqualTo(CertificateFile.VC_JWT);
        assertThat(files.badge(someoneElse.learnerId(), issued.certificateId())).as("someone else's").isEmpty();
        assertThat(checkCredential(jwt)).contains("\"verified\":true", "\"status\":\"valid\"", "Lucía Núñez");
        assertThat(get("api/v1/issuer/jwks").body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":");
        assertThat(credentialId).doesNotContain(issued.code());
        assertThat(credential.verify(new RSASSAVerifier(keyAt(credential.getHeader().getKeyID()))))
                .as("verified with the key its kid leads to, the embedded one not trusted").isTrue();
        assertThat(revokedIn(revocationList)).doesNotContain(credentialId);

        revoke(issued.certificateId());

        assertThat(checkCredential(jwt)).contains("\"verified\":false", "\"status\":\"revoked\"");
        assertThat(revokedIn(revocationList)).as("anyone can tell, without asking us to check it").contains(credentialId);
        assertThat(files.badge(issued.learnerId(), issued.certificateId())).as("no badge once revoked").isEmpty();
        assertThat(files.pdf(issued.learnerId(), issued.certificateId(), "es")).as("the PDF stays, stamped").isPresent();
    }

    @Test
    void credentialsSignedBeforeARotationStillVerifyWithTheRetiredKey() throws Exception {
        Issued issued = certify("Rosa Rotada");
        String before = new String(files.badge(issued.learnerId(), issued.certificateId()).orElseThrow().content(),
                StandardCharsets.US_ASCII);

        issuerKeys.rotate();
        String after = new String(files.badge(issued.learnerId(), issued.certificateId()).orElseThrow().content(),
                StandardCharsets.US_ASCII);

        String retiredKid = SignedJWT.parse(before).getHeader().getKeyID();
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isNotEqualTo(retiredKid);
        assertThat(checkCredential(before)).contains("\"verified\":true");
        assertThat(checkCredential(after)).contains("\"verified\":true");
        assertThat(SignedJWT.parse(before).verify(new RSASSAVerifier(keyAt(retiredKid))))
                .as("the retired key stays at its address").isTrue();
        assertThat(JWKSet.parse(get("api/v1/issuer/jwks").body()).getKeys()).hasSizeGreaterThanOrEqualTo(2)
                .noneMatch(JWK::isPrivate);
    }

    @Test
    void aCredentialIsNamedByARandomIdWhileOneIssuedBeforeKeepsTheRecordIdItWasSignedWith() throws Exception {
        Issued fresh = certify("Nuria Nueva");
        Issued older = certify("Olga Antigua");
        issuedBeforeCredentialIds(older.certificateId());
        String freshJwt = badge(fresh);
        String olderJwt = badge(older);
        String freshId = SignedJWT.parse(freshJwt).getJWTClaimsSet().getJWTID();
        String olderId = SignedJWT.parse(olderJwt).getJWTClaimsSet().getJWTID();

        assertThat(freshId).as("nothing that counts certificates or leads to the next")
                .matches(".*/api/v1/credentials/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        assertThat(olderId).as("as it was signed, and may be in a wallet")
                .endsWith("/api/v1/credentials/" + older.certificateId());
        assertThat(checkCredential(freshJwt)).contains("\"verified\":true", "Nuria Nueva");
        assertThat(checkCredential(olderJwt)).contains("\"verified\":true", "Olga Antigua");
        assertThat(inTransaction(() -> certificates.findByCredentialId(Long.toString(fresh.certificateId()))))
                .as("a record id names only a certificate issued before credential ids").isEmpty();

        revoke(fresh.certificateId());
        revoke(older.certificateId());

        List<String> revoked = revokedIn(revocationListOf(freshJwt));
        assertThat(revoked).contains(freshId, olderId);
        assertThat(checkCredential(olderJwt)).contains("\"status\":\"revoked\"");
    }

    /**
     * The first credentials (docs/certificates.md): a bare key id as kid, the certificate's verification page as id,
     * no revocation list. They were signed so and are not signed again; they verify with the key that signed them,
     * found by its bare id, before and after that key is retired.
     */
    @Test
    void aCredentialWithABareKeyIdStillVerifiesBeforeAndAfterARotation() throws Exception {
        Issued issued = certify("Berta Primera");
        RSAKey key = issuerKeys.signingKey();
        JWTClaimsSet current = SignedJWT.parse(badge(issued)).getJWTClaimsSet();
        String page = current.getIssuer().replace("api/v1/issuer", "verify/" + issued.code());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(current).jwtID(page).claim("id", page)
                .claim("credentialStatus", null);
        SignedJWT first = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).jwk(key.toPublicJWK())
                .jwkURL(URI.create(current.getIssuer() + "/jwks")).build(), claims.build());
        first.sign(new RSASSASigner(key));
        String jwt = first.serialize();

        assertThat(first.getHeader().getKeyID()).doesNotContain("/");
        assertThat(checkCredential(jwt)).contains("\"verified\":true", "Berta Primera");

        issuerKeys.rotate();

        assertThat(checkCredential(jwt)).as("by the retired key").contains("\"verified\":true", "Berta Primera");
        assertThat(get("api/v1/issuer/keys/" + key.getKeyID()).statusCode()).isEqualTo(200);
    }

    @Test
    void twoConcurrentRunsEnrolAndTellEachLearnerWhoseCertificateExpiresSoonOnce() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("atiende.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Issued soon = certify("Marta Pronto");
            Issued sooner = certify("Jorge Enseguida");
            Issued later = certify("Elena Tarde");
            setExpiry(soon.certificateId(), Instant.now().plus(Duration.ofDays(10)));
            setExpiry(sooner.certificateId(), Instant.now().plus(Duration.ofDays(2)));
            setExpiry(later.certificateId(), Instant.now().plus(Duration.ofDays(90)));

            race(2, () -> notifications.run(recertification));

            assertThat(recipients(smtp)).filteredOn(soon.email()::equals).hasSize(1);
            assertThat(recipients(smtp)).filteredOn(sooner.email()::equals).hasSize(1);
            assertThat(recipients(smtp)).doesNotContain(later.email());
            assertThat(activeEnrolments(soon.learnerId())).isEqualTo(1);
            assertThat(activeEnrolments(sooner.learnerId())).isEqualTo(1);
            assertThat(activeEnrolments(later.learnerId())).isZero();
            assertThat(claims(soon.certificateId())).isEqualTo("RE_ENROLLED/SENT");
            MimeMessage message = Arrays.stream(smtp.getReceivedMessages())
                    .filter(received -> addressedTo(received, soon.email())).findFirst().orElseThrow();
            assertThat(message.getSubject()).isEqualTo("Renueva tu certificado: Escuchar y empatizar");
            assertThat(message.getContent().toString()).contains("Hola, Marta Pronto:", "learner/index.xhtml");

            notifications.run(recertification);

            assertThat(recipients(smtp)).filteredOn(soon.email()::equals).as("a later run").hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void remindsEachLearnerOnceOfACourseDueSoonAndOfOneOverdueThoughTwoRunsGoAtOnce() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("atiende.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Instant now = Instant.now();
            Instant monthAgo = now.minus(Duration.ofDays(30));
            String soon = enrolDue("Sara Pronto", monthAgo, now.plus(Duration.ofDays(3)));
            String overdue = enrolDue("Óscar Tarde", monthAgo, now.minus(Duration.ofDays(1)));
            String later = enrolDue("Luis Luego", monthAgo, now.plus(Duration.ofDays(30)));
            String justAssigned = enrolDue("Nuria Nueva", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3)));

            race(2, () -> notifications.run(reminders));
            // The hourly job may have run at the same moment and be sending what it claimed: waited for.
            awaitMessages(smtp, soon, 1);
            awaitMessages(smtp, overdue, 1);

            assertThat(recipients(smtp)).filteredOn(soon::equals).hasSize(1);
            assertThat(recipients(smtp)).filteredOn(overdue::equals).hasSize(1);
            assertThat(recipients(smtp)).doesNotContain(later, justAssigned);
            MimeMessage reminder = Arrays.stream(smtp.getReceivedMessages())
                    .filter(received -> addressedTo(received, soon)).findFirst().orElseThrow();
            assertThat(reminder.getSubject()).startsWith("Recordatorio: «Escuchar y empatizar» vence el ");
            assertThat(reminder.getContent().toString()).contains("Hola, Sara Pronto:", "learner/index.xhtml");
            MimeMessage late = Arrays.stream(smtp.getReceivedMessages())
                    .filter(received -> addressedTo(received, overdue)).findFirst().orElseThrow();
            assertThat(late.getSubject()).isEqualTo("Fuera de plazo: Escuchar y empatizar");
            assertThat(single("SELECT COUNT(*) FROM due_reminder r JOIN enrolment e ON e.id = r.enrolment_id"
                    + " JOIN learner l ON l.id = e.learner_id WHERE l.email = ? AND r.notification = 'SENT'", soon))
                    .isEqualTo(1);

            notifications.run(reminders);
            assertThat(recipients(smtp)).filteredOn(soon::equals).as("a later run").hasSize(1);

            update("UPDATE enrolment SET due_at = ? WHERE learner_id = (SELECT id FROM learner WHERE email = ?)",
                    Timestamp.from(now.plus(Duration.ofDays(4))), soon);
            notifications.run(reminders);
            awaitMessages(smtp, soon, 2);
            assertThat(recipients(smtp)).filteredOn(soon::equals).as("HR moved the date").hasSize(2);
        } finally {
            smtp.stop();
        }
    }

    /** Waits up to ten seconds for {@code count} messages to {@code email}; the assertions that follow say if not. */
    private static void awaitMessages(GreenMail smtp, String email, int count) throws Exception {
        for (int tries = 0; tries < 100 && recipients(smtp).stream().filter(email::equals).count() < count; tries++) {
            Thread.sleep(100);
        }
    }

    /** A new learner's open enrolment in the shipped course, started and due when given; answers the e-mail. */
    private String enrolDue(String name, Instant enrolledAt, Instant dueAt) {
        return inTransaction(() -> {
            Learner learner = new Learner(UUID.randomUUID() + "@example.com", name, "Atención al cliente",
                    Set.of(Role.EMPLOYEE), enrolledAt);
            learners.store(learner);
            enrolments.store(new Enrolment(learner, courses.findPublished(COURSE).orElseThrow(), enrolledAt, dueAt));
            return learner.getEmail();
        });
    }

    /** A certificate issued just now to a new learner, on the shipped course, as if every item were done. */
    private Issued certify(String name) {
        return inTransaction(() -> {
            Instant now = Instant.now();
            Learner learner = new Learner(UUID.randomUUID() + "@example.com", name, "Atención al cliente",
                    Set.of(Role.EMPLOYEE), now);
            learners.store(learner);
            Course course = courses.findPublished(COURSE).orElseThrow();
            Enrolment enrolment = new Enrolment(learner, course, now, null);
            enrolments.store(enrolment);
            course.getLessons().forEach(lesson -> enrolment.markLessonRead(lesson.getCode(), now));
            assertThat(enrolment.completeIfDone(enrolment.requiredItemCodes(), now)).isTrue();
            Certificate certificate = Certificate.issue(enrolment, enrolment.getLearner(), List.of(), VerificationCode.generate(), now);
            certificates.store(certificate);
            return new Issued(learner.getId(), learner.getEmail(), certificate.getId(), certificate.getVerificationCode());
        });
    }

    private record Issued(long learnerId, String email, long certificateId, String code) {
    }

    private String page(String code) throws Exception {
        HttpResponse<String> response = get("verify/" + code);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private String api(String code) throws Exception {
        HttpResponse<String> response = get("api/v1/verifications/" + code);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The public key a credential's kid leads to, fetched from where it points, as an outside verifier would. */
    private RSAKey keyAt(String kid) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(onThisServer(kid)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return RSAKey.parse(response.body());
    }

    /** The credential ids a revocation list names, fetched from this server. */
    private List<String> revokedIn(String listAddress) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(onThisServer(listAddress)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> entry : JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(response.body()),
                "revokedCredentials")) {
            ids.add(JSONObjectUtils.getString(entry, "id"));
        }
        return ids;
    }

    /** A public address (ATIENDE_PUBLIC_URL, not where this test's server listens) as one on this server. */
    private URI onThisServer(String publicAddress) {
        return base().resolve(publicAddress.substring(publicAddress.indexOf("api/v1/")));
    }

    private String checkCredential(String jwt) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base().resolve("api/v1/credentials/verify"))
                .header("Content-Type", "application/vc+jwt")
                .POST(HttpRequest.BodyPublishers.ofString(jwt)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base().resolve(path)).header("Accept-Language", "es").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + runner.getLocalPort() + runner.getContextPath() + "/");
    }

    /** Runs the call on {@code threads} threads released together, and waits for them. */
    private static void race(int threads, Callable<?> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> recipients(GreenMail smtp) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Arrays.stream(message.getAllRecipients()).map(Object::toString).forEach(recipients::add);
        }
        return recipients;
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a certificate's expiry, as if it had been issued at another time. */
    private void setExpiry(long certificateId, Instant expiresAt) throws SQLException {
        update("UPDATE certificate SET expires_at = ? WHERE id = ?", Timestamp.from(expiresAt), certificateId);
    }

    /** A certificate as it was issued before credentials had random ids (migration V12): none. */
    private void issuedBeforeCredentialIds(long certificateId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE certificate SET credential_id = NULL WHERE id = ?")) {
            update.setLong(1, certificateId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The learner's Open Badge credential of the certificate, as downloaded. */
    private String badge(Issued issued) {
        return new String(files.badge(issued.learnerId(), issued.certificateId()).orElseThrow().content(),
                StandardCharsets.US_ASCII);
    }

    /** The revocation list a credential names as its status. */
    private static String revocationListOf(String jwt) throws Exception {
        return JSONObjectUtils.getString(JSONObjectUtils.getJSONObject(
                SignedJWT.parse(jwt).getJWTClaimsSet().getClaims(), "credentialStatus"), "id");
    }

    /** Revokes a certificate in the database, as HR's revocation leaves it. */
    private void revoke(long certificateId) throws SQLException {
        update("UPDATE certificate SET status = 'REVOKED', revoked_at = ?, revocation_reason = 'Emitido por error'"
                + " WHERE id = ?", Timestamp.from(Instant.now()), certificateId);
    }

    private void update(String sql, Timestamp at, Object key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, at);
            update.setObject(2, key);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private long activeEnrolments(long learnerId) throws SQLException {
        return single("SELECT COUNT(*) FROM enrolment WHERE learner_id = ? AND status = 'ACTIVE'", learnerId);
    }

    private String claims(long certificateId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT outcome, notification FROM recertification WHERE certificate_id = ?")) {
            query.setLong(1, certificateId);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getString(1) + "/" + result.getString(2);
            }
        }
    }

    private long single(String sql, Object key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
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

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
