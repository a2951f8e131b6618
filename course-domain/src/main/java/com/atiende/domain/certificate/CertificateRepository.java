package com.atiende.domain.certificate;

import java.util.List;
import java.util.Optional;

/**
 * Where certificates are kept. The JPA implementation uses the {@code Certificate.*} named queries.
 */
public interface CertificateRepository {

    /** The learner's certificate with this id; empty when there is none or it belongs to someone else. */
    Optional<Certificate> findOwned(long learnerId, long certificateId);

    /** The learner's certificates, newest first, with their scores (read in the same query). */
    List<Certificate> findByLearner(long learnerId);

    /** The learner's most recent certificate for any version of the course. */
    Optional<Certificate> findLatest(long learnerId, String courseCode);

    /** The certificate with this record id, whoever holds it. */
    Optional<Certificate> find(long certificateId);

    /**
     * The credential ids ({@link Certificate#getCredentialId}) of every revoked certificate, in the order of their
     * records: what the public revocation list names.
     */
    List<String> findRevokedCredentialIds();

    /**
     * The certificate whose Open Badge credential has this id ({@link Certificate#getCredentialId}): a random one, or
     * the record id of a certificate issued before those, which names no certificate issued since.
     */
    Optional<Certificate> findByCredentialId(String credentialId);

    /** The certificate with this code, as {@link VerificationCode#normalize normalised}. */
    Optional<Certificate> findByVerificationCode(String code);

    /**
     * The certificate, locked until the transaction ends: a job that claims work about a certificate (its
     * recertification) takes this lock first, so that two instances reaching it at once take turns.
     */
    Optional<Certificate> lock(long certificateId);

    void store(Certificate certificate);
}
