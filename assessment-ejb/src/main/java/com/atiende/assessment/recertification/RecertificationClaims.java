package com.atiende.assessment.recertification;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.recertification.Recertification;
import com.atiende.infrastructure.mail.MailText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Claims one certificate's recertification inside the caller's transaction: locks the certificate's row, so that two
 * runs (on two instances) reaching it at once take turns, and the second finds the first one's claim and does
 * nothing; the claim's primary key stands behind the lock. The claim enrols the learner in the course's published
 * version (or keeps the enrolment they already have open), with the expiry as the due date.
 *
 * <p>A CDI bean, like completion, because the run it belongs to is retried by the caller's
 * {@code RetryingTransactions} when a concurrent run wins.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecertificationClaims {

    /** How many due certificates one run takes on; the next run takes the rest. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private CourseRepository courses;

    /**
     * The certificates due for recertification and not claimed yet, soonest expiry first: valid (or already expired),
     * of an active learner, expiring before {@code now + leadTime}, and the learner's latest for the course.
     */
    public List<Long> due(Instant now, Duration leadTime) {
        // Whether the learner is active is read, not compared: EclipseLink writes a boolean as 1, which H2 refuses.
        return entityManager.createQuery("SELECT c.id, l.active FROM Certificate c JOIN c.learner l"
                        + " WHERE c.status = :valid AND c.expiresAt <= :horizon"
                        + " AND NOT EXISTS (SELECT r FROM Recertification r WHERE r.certificateId = c.id)"
                        + " AND NOT EXISTS (SELECT n FROM Certificate n WHERE n.learner = c.learner"
                        + " AND n.course.code = c.course.code AND n.issuedAt > c.issuedAt)"
                        + " ORDER BY c.expiresAt, c.id", Object[].class)
                .setParameter("valid", CertificateStatus.VALID)
                .setParameter("horizon", now.plus(leadTime))
                .setMaxResults(BATCH)
                .getResultStream()
                .filter(row -> Boolean.TRUE.equals(row[1]))
                .map(row -> (Long) row[0])
                .toList();
    }

    /**
     * Claims the certificate if it is still due and nobody claimed it.
     *
     * @param claimedBy the instance claiming it
     * @return what to tell the learner; empty when there is nothing to tell (claimed elsewhere, no longer due, or
     *         the course is no longer published)
     */
    public Optional<RecertificationNotice> claim(long certificateId, Instant now, Duration leadTime, String claimedBy) {
        Certificate certificate = entityManager.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null || entityManager.find(Recertification.class, certificateId) != null
                || !Recertification.isDue(certificate, now, leadTime)) {
            return Optional.empty();
        }
        Learner learner = certificate.getLearner();
        String courseCode = certificate.getCourse().getCode();
        if (!certificates.findLatest(learner.getId(), courseCode).map(Certificate::getId).orElse(certificateId)
                .equals(certificateId)) {
            return Optional.empty();
        }
        Optional<Enrolment> open = enrolments.findActive(learner.getId(), courseCode);
        Optional<Course> published = open.map(Enrolment::getCourse).or(() -> courses.findPublished(courseCode));
        if (published.isEmpty()) {
            entityManager.persist(new Recertification(certificateId, now, claimedBy,
                    Recertification.Outcome.NOT_PUBLISHED, null));
            return Optional.empty();
        }
        Enrolment enrolment = open.orElseGet(() -> {
            Instant due = certificate.getExpiresAt().isAfter(now) ? certificate.getExpiresAt() : now.plus(leadTime);
            Enrolment created = new Enrolment(learner, published.get(), now, due);
            enrolments.store(created);
            entityManager.flush();
            return created;
        });
        entityManager.persist(new Recertification(certificateId, now, claimedBy,
                open.isPresent() ? Recertification.Outcome.ALREADY_ENROLLED : Recertification.Outcome.RE_ENROLLED,
                enrolment.getId()));
        return Optional.of(new RecertificationNotice(certificateId, learner.getEmail(), learner.getDisplayName(),
                MailText.language(learner.getPreferredLanguage()), published.get().getTitle(), published.get().getVersion(), certificate.getExpiresAt()));
    }

    /** Records whether the learner of a claimed certificate was told. */
    public void notified(long certificateId, Recertification.Notification result, Instant at) {
        entityManager.find(Recertification.class, certificateId).notified(result, at);
    }
}
