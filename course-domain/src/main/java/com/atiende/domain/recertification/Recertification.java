package com.atiende.domain.recertification;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.notification.NoticeDelivery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that a certificate's recertification was taken care of: when, by which instance, what came of it (a new
 * enrolment, the open one kept, or nothing because the course is no longer published) and whether the holder was
 * told. Its key is the certificate's id, so it is also the claim: whoever inserts it first does the work, and a
 * second instance finds it and leaves the certificate alone.
 */
@Entity
@Table(name = "recertification")
@NamedQuery(name = "Recertification.findByCertificates",
        query = "SELECT r FROM Recertification r WHERE r.certificateId IN :certificateIds")
// The certificates due and not claimed yet, with whether their learner is active (read, not compared: EclipseLink
// writes a boolean as 1, which H2 refuses), soonest expiry first; only each learner's latest of a course.
@NamedQuery(name = "Recertification.dueCertificates",
        query = "SELECT c.id, l.active FROM Certificate c JOIN c.learner l"
                + " WHERE c.status = :valid AND c.expiresAt <= :horizon"
                + " AND NOT EXISTS (SELECT r FROM Recertification r WHERE r.certificateId = c.id)"
                + " AND NOT EXISTS (SELECT n FROM Certificate n WHERE n.learner = c.learner"
                + " AND n.course.code = c.course.code AND n.issuedAt > c.issuedAt)"
                + " ORDER BY c.expiresAt, c.id")
public class Recertification {

    /** What the claim did about the learner's enrolment. */
    public enum Outcome {
        /** A new enrolment in the course's published version. */
        RE_ENROLLED,
        /** The learner already had an open enrolment in the course; it is kept. */
        ALREADY_ENROLLED,
        /** The course has no published version any more: nothing to enrol in. */
        NOT_PUBLISHED
    }

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "claimed_by", nullable = false, length = 100)
    private String claimedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 24)
    private Outcome outcome;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification", nullable = false, length = 16)
    private NoticeDelivery notification;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected Recertification() {
        // for JPA
    }

    /**
     * Claims a certificate's recertification.
     *
     * @param claimedBy   the instance that claims it, for the operator reading the table
     * @param enrolmentId the enrolment the learner now has in the course, or null when {@code NOT_PUBLISHED}
     */
    public Recertification(long certificateId, Instant claimedAt, String claimedBy, Outcome outcome,
                           Long enrolmentId) {
        if ((outcome == Outcome.NOT_PUBLISHED) != (enrolmentId == null)) {
            throw new IllegalArgumentException("an enrolment is expected exactly when the course is published");
        }
        this.certificateId = certificateId;
        this.claimedAt = Objects.requireNonNull(claimedAt, "claimedAt");
        this.claimedBy = claimedBy == null || claimedBy.isBlank() ? "unknown"
                : claimedBy.substring(0, Math.min(100, claimedBy.length()));
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.enrolmentId = enrolmentId;
        this.notification = outcome == Outcome.NOT_PUBLISHED ? NoticeDelivery.NOT_NEEDED : NoticeDelivery.PENDING;
    }

    /**
     * Whether a certificate is due for recertification: not revoked, and its expiry {@code leadTime} away or less
     * (also when it has already expired, so a job that was down catches up). Whether it is still the learner's latest
     * certificate of the course is for the caller to know.
     */
    public static boolean isDue(Certificate certificate, Instant now, Duration leadTime) {
        return certificate.statusAt(now) != CertificateStatus.REVOKED
                && !now.isBefore(certificate.getExpiresAt().minus(leadTime));
    }

    /** Records whether the learner was told; only the first word counts. */
    public void notified(NoticeDelivery result, Instant at) {
        notification = notification.settledAs(result);
        notifiedAt = Objects.requireNonNull(at, "at");
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public NoticeDelivery getNotification() {
        return notification;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
