package com.atiende.assessment.registry;

import com.atiende.assessment.ConflictException;
import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.assessment.credential.CertificateFaces;
import com.atiende.assessment.credential.CertificateFile;
import com.atiende.assessment.credential.CertificateFileService;
import com.atiende.assessment.credential.CertificatePdf;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.recertification.Recertification;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.persistence.jpa.CertificateQueries;
import com.atiende.infrastructure.persistence.jpa.PeopleQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HR's register of certificates. Lists are paged by key and filtered in the database, since certificates only
 * accumulate; the ZIP export reads its certificates in batches, each after the last of the one before, so that
 * neither a transaction nor memory grows with the download. Revoking
 * needs a reason, keeps the certificate on record as revoked and is audit-logged; verification says so from then on.
 */
@Stateless
@RolesAllowed({"HR", "ADMIN"})
public class CertificateRegisterService {

    /** The most certificates "expiring soon" lists; HR narrows the period rather than scroll further. */
    static final int EXPIRING_LIMIT = 500;

    @Inject
    private CourseRepository courses;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private CertificateQueries register;

    @Inject
    private PeopleQueries people;

    @Inject
    private CertificateFaces faces;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    public long count(CertificateFilter filter) {
        return register.count(criteria(filter));
    }

    /**
     * The certificates of the filter, newest first: a page of {@code size} after this one, or from the newest when
     * {@code after} is null.
     */
    public List<RegisteredCertificate> page(CertificateFilter filter, RegisteredCertificate.Key after, int size) {
        Instant now = clock.instant();
        return register.page(criteria(filter), after == null ? null : after.issuedAt(),
                        after == null ? 0 : after.certificateId(), size).stream()
                .map(certificate -> registered(certificate, now))
                .toList();
    }

    /**
     * Starts an export: the audit record that HR exported the certificates of the filter (REPORT_EXPORTED), with how
     * many there are; they are then read batch by batch ({@link #exportBatch}).
     */
    public void export(CertificateFilter filter, String actor, String sourceAddress) {
        audit.record(AuditAction.REPORT_EXPORTED, actor, "certificates.zip",
                AuditDetail.export(Math.toIntExact(count(filter)), filter.courseCode(), filter.department(),
                        filter.issuedFrom(), filter.issuedUntil()), sourceAddress);
    }

    /**
     * One batch of an export, to render: the faces of the next {@code size} certificates of the filter after this
     * one, newest first, or from the newest when {@code after} is null.
     */
    public CertificateBatch exportBatch(CertificateFilter filter, RegisteredCertificate.Key after, int size,
                                        String language) {
        List<Certificate> batch = register.page(criteria(filter), after == null ? null : after.issuedAt(),
                after == null ? 0 : after.certificateId(), size);
        Certificate last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
        return new CertificateBatch(faces.of(batch, language, clock.instant()),
                batch.size() < size ? null : new RegisteredCertificate.Key(last.getIssuedAt(), last.getId()));
    }

    /** The PDF renderer, to draw the faces of an export. */
    public CertificatePdf renderer() {
        return faces.pdf();
    }

    /** One certificate as a PDF, in the given language. */
    public Optional<CertificateFile> pdf(long certificateId, String language) {
        return register.withHolderAndCourse(certificateId)
                .map(certificate -> faces.of(certificate, language, clock.instant()))
                .map(face -> new CertificateFile(CertificateFileService.fileName(face.verificationCode(), "pdf"),
                        CertificateFile.PDF, faces.pdf().render(face)));
    }

    /**
     * Revokes a certificate for a reason.
     *
     * @throws NotFoundException {@code certificate.notFound}
     * @throws ConflictException {@code certificate.alreadyRevoked}
     */
    public RegisteredCertificate revoke(long certificateId, String reason, String actor, String sourceAddress) {
        Certificate certificate = certificates.find(certificateId)
                .orElseThrow(() -> new NotFoundException("certificate.notFound", certificateId));
        Instant now = clock.instant();
        if (certificate.statusAt(now) == CertificateStatus.REVOKED) {
            throw new ConflictException("certificate.alreadyRevoked", "certificate " + certificateId
                    + " is already revoked");
        }
        certificate.revoke(reason, now);
        audit.record(AuditAction.CERTIFICATE_REVOKED, actor, certificate.getVerificationCode(),
                AuditDetail.revocation(certificate.getLearner().getEmail(), certificate.getCourse().getCode(),
                        certificate.getCourse().getVersion(), reason), sourceAddress);
        return registered(certificate, now);
    }

    /**
     * The valid certificates that expire within the next {@code days}, soonest first, with their recertification:
     * each learner's latest of each course, since an older one has been renewed already.
     */
    public List<ExpiringCertificate> expiring(int days) {
        Instant now = clock.instant();
        List<Certificate> expiring = register.expiring(now, now.plus(Duration.ofDays(days)), EXPIRING_LIMIT);
        Map<Long, Recertification> claims = new HashMap<>();
        register.recertificationsOf(expiring.stream().map(Certificate::getId).toList())
                .forEach(claim -> claims.put(claim.getCertificateId(), claim));
        return expiring.stream().map(certificate -> {
            Recertification claim = claims.get(certificate.getId());
            return new ExpiringCertificate(certificate.getId(), certificate.getLearner().getDisplayName(),
                    certificate.getLearner().getEmail(), certificate.getLearner().getDepartment(),
                    certificate.getCourse().getTitle(), certificate.getExpiresAt(),
                    claim == null ? null : claim.getOutcome(), claim == null ? null : claim.getNotification());
        }).toList();
    }

    /** The courses to filter by: those published now. */
    public List<CourseChoice> courses() {
        return courses.findPublished().stream().map(course -> new CourseChoice(course.getCode(), course.getTitle()))
                .toList();
    }

    /** The departments people belong to, alphabetically. */
    public List<String> departments() {
        return people.departments();
    }

    private static RegisteredCertificate registered(Certificate certificate, Instant now) {
        Course course = certificate.getCourse();
        return new RegisteredCertificate(certificate.getId(), certificate.getLearner().getDisplayName(),
                certificate.getLearner().getEmail(), certificate.getLearner().getDepartment(), course.getTitle(),
                course.getVersion(), certificate.getVerificationCode(), certificate.getIssuedAt(),
                certificate.getExpiresAt(), certificate.statusAt(now), certificate.getRevokedAt(),
                certificate.getRevocationReason());
    }

    /** The filter's days as instants: a day runs from midnight to midnight in the organisation's time zone. */
    private CertificateQueries.Criteria criteria(CertificateFilter filter) {
        ZoneId zone = settings.timezone();
        return new CertificateQueries.Criteria(filter.courseCode(), filter.department(),
                filter.issuedFrom() == null ? null : filter.issuedFrom().atStartOfDay(zone).toInstant(),
                filter.issuedUntil() == null ? null : filter.issuedUntil().plusDays(1).atStartOfDay(zone).toInstant());
    }
}
