package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.certificate.CertificateStatus;
import com.atiende.domain.certificate.VerificationCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Certificates through the {@code Certificate.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    /** A record id as a credential id: digits without a leading zero, within a long. */
    private static final Pattern RECORD_ID = Pattern.compile("[1-9][0-9]{0,17}");

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public Optional<Certificate> find(long certificateId) {
        return Optional.ofNullable(entityManager.find(Certificate.class, certificateId));
    }

    @Override
    public Optional<Certificate> findOwned(long learnerId, long certificateId) {
        return entityManager.createNamedQuery("Certificate.findOwned", Certificate.class)
                .setParameter("id", certificateId)
                .setParameter("learnerId", learnerId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Certificate> findByLearner(long learnerId) {
        return entityManager.createNamedQuery("Certificate.findByLearner", Certificate.class)
                .setParameter("learnerId", learnerId)
                .getResultList();
    }

    @Override
    public Optional<Certificate> findLatest(long learnerId, String courseCode) {
        return entityManager.createNamedQuery("Certificate.findLatest", Certificate.class)
                .setParameter("learnerId", learnerId)
                .setParameter("courseCode", courseCode)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<String> findRevokedCredentialIds() {
        return entityManager.createNamedQuery("Certificate.revokedCredentialIds", Object[].class)
                .setParameter("revoked", CertificateStatus.REVOKED)
                .getResultStream()
                .map(row -> Certificate.credentialIdOf((Long) row[0], (String) row[1]))
                .toList();
    }

    @Override
    public Optional<Certificate> findByCredentialId(String credentialId) {
        if (RECORD_ID.matcher(credentialId).matches()) {
            // Only a certificate issued before credentials had random ids is named by its record id.
            return find(Long.parseLong(credentialId))
                    .filter(certificate -> certificate.getCredentialId().equals(credentialId));
        }
        return entityManager.createNamedQuery("Certificate.findByCredentialId", Certificate.class)
                .setParameter("credentialId", credentialId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> findByVerificationCode(String code) {
        return entityManager.createNamedQuery("Certificate.findByVerificationCode", Certificate.class)
                .setParameter("code", VerificationCode.normalize(code))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> lock(long certificateId) {
        return Optional.ofNullable(
                entityManager.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void store(Certificate certificate) {
        if (certificate.getId() == null) {
            entityManager.persist(certificate);
        }
    }
}
