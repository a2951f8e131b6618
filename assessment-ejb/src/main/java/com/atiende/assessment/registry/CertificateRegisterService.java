package com.atiende.assessment.registry;

import com.atiende.assessment.ConflictException;
import com.atiende.assessment.NotFoundException;
import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.assessment.credential.CertificateFace;
import com.atiende.assessment.credential.CertificateFaces;
import com.atiende.assessment.credential.CertificateFile;
import com.atiende.assessment.credential.CertificateFileService;
import com.atiende.assessment.credential.CertificatePdf;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.recertification.Recertification;
import com.atiende.infrastructure.config.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * HR's register of certificates. Lists are paged and filtered in the database, since certificates only accumulate;
 * the ZIP export reads its certificates in batches so that no transaction lasts as long as the download. Revoking
 * needs a reason, keeps the certificate on record as revoked and is audit-logged; verification says so from then on.
 */
@Stateless
@RolesAllowed({"HR", "ADMIN"})
public class CertificateRegisterService {

    /** The most certificates "expiring soon" lists; HR narrows the period rather than scroll further. */
    static final int EXPIRING_LIMIT = 500;

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Inject
    private CourseRepository courses;

    @Inject
    private CertificateFaces faces;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    public long count(CertificateFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery(
                "SELECT COUNT(c) FROM Certificate c JOIN c.learner l JOIN c.course co" + where(filter), Long.class);
        return bind(query, filter).getSingleResult();
    }

    /** One page of the certificates of the filter, newest first. */
    public List<RegisteredCertificate> page(CertificateFilter filter, int first, int size) {
        TypedQuery<Certificate> query = entityManager.createQuery("SELECT c FROM Certificate c JOIN FETCH c.learner l"
                + " JOIN FETCH c.course co" + where(filter) + " ORDER BY c.issuedAt DESC, c.id DESC", Certificate.class);
        Instant now = clock.instant();
        return bind(query, filter).setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(certificate -> registered(certificate, now))
                .toList();
    }

    /**
     * Starts an export: the ids of every certificate of the filter, newest first, and the audit record that HR
     * exported them (REPORT_EXPORTED).
     */
    public List<Long> export(CertificateFilter filter, String actor, String sourceAddress) {
        TypedQuery<Long> query = entityManager.createQuery("SELECT c.id FROM Certificate c JOIN c.learner l"
                + " JOIN c.course co" + where(filter) + " ORDER BY c.issuedAt DESC, c.id DESC", Long.class);
        List<Long> ids = bind(query, filter).getResultList();
        audit.record(AuditAction.REPORT_EXPORTED, actor, "certificates.zip",
                AuditDetail.export(ids.size(), filter.courseCode(), filter.department(), filter.issuedFrom(),
                        filter.issuedUntil()), sourceAddress);
        return ids;
    }

    /** The faces of these certificates, in the given order, to render one batch of an export. */
    public List<CertificateFace> faces(List<Long> certificateIds, String language) {
        if (certificateIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Certificate> byId = entityManager.createQuery("SELECT c FROM Certificate c JOIN FETCH c.learner"
                        + " JOIN FETCH c.course WHERE c.id IN :ids", Certificate.class)
                .setParameter("ids", certificateIds)
                .getResultStream()
                .collect(Collectors.toMap(Certificate::getId, Function.identity()));
        List<Certificate> ordered = certificateIds.stream().map(byId::get).filter(Objects::nonNull).toList();
        return faces.of(ordered, language, clock.instant());
    }

    /** The PDF renderer, to draw the faces of an export. */
    public CertificatePdf renderer() {
        return faces.pdf();
    }

    /** One certificate as a PDF, in the given language. */
    public Optional<CertificateFile> pdf(long certificateId, String language) {
        return faces(List.of(certificateId), language).stream().findFirst()
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
        Certificate certificate = Optional.ofNullable(entityManager.find(Certificate.class, certificateId))
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
        List<Certificate> expiring = entityManager.createQuery("SELECT c FROM Certificate c JOIN FETCH c.learner l"
                        + " JOIN FETCH c.course co WHERE c.status = :valid AND c.expiresAt > :now"
                        + " AND c.expiresAt <= :horizon AND NOT EXISTS (SELECT n FROM Certificate n"
                        + " WHERE n.learner = c.learner AND n.course.code = co.code AND n.issuedAt > c.issuedAt)"
                        + " ORDER BY c.expiresAt, c.id", Certificate.class)
                .setParameter("valid", CertificateStatus.VALID)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(Duration.ofDays(days)))
                .setMaxResults(EXPIRING_LIMIT)
                .getResultList();
        Map<Long, Recertification> claims = new HashMap<>();
        if (!expiring.isEmpty()) {
            entityManager.createNamedQuery("Recertification.findByCertificates", Recertification.class)
                    .setParameter("certificateIds", expiring.stream().map(Certificate::getId).toList())
                    .getResultList()
                    .forEach(claim -> claims.put(claim.getCertificateId(), claim));
        }
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
        return entityManager.createQuery("SELECT DISTINCT l.department FROM Learner l WHERE l.department IS NOT NULL"
                + " ORDER BY l.department", String.class).getResultList();
    }

    private static RegisteredCertificate registered(Certificate certificate, Instant now) {
        Course course = certificate.getCourse();
        return new RegisteredCertificate(certificate.getId(), certificate.getLearner().getDisplayName(),
                certificate.getLearner().getEmail(), certificate.getLearner().getDepartment(), course.getTitle(),
                course.getVersion(), certificate.getVerificationCode(), certificate.getIssuedAt(),
                certificate.getExpiresAt(), certificate.statusAt(now), certificate.getRevokedAt(),
                certificate.getRevocationReason());
    }

    private static String where(CertificateFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.courseCode() != null) {
            where.append(" AND co.code = :course");
        }
        if (filter.department() != null) {
            where.append(" AND l.department = :department");
        }
        if (filter.issuedFrom() != null) {
            where.append(" AND c.issuedAt >= :from");
        }
        if (filter.issuedUntil() != null) {
            where.append(" AND c.issuedAt < :until");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, CertificateFilter filter) {
        ZoneId zone = settings.timezone();
        if (filter.courseCode() != null) {
            query.setParameter("course", filter.courseCode());
        }
        if (filter.department() != null) {
            query.setParameter("department", filter.department());
        }
        if (filter.issuedFrom() != null) {
            query.setParameter("from", filter.issuedFrom().atStartOfDay(zone).toInstant());
        }
        if (filter.issuedUntil() != null) {
            query.setParameter("until", filter.issuedUntil().plusDays(1).atStartOfDay(zone).toInstant());
        }
        return query;
    }
}
