package com.atiende.domain.certificate;

import java.time.Instant;

/**
 * A certificate was issued (fired as a CDI event by completion). It is fired inside the issuing transaction, which
 * may still roll back and be retried: observers with side effects, such as sending mail, must observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record CertificateIssued(long certificateId, long learnerId, String courseCode, int courseVersion,
                                String verificationCode, Instant issuedAt, Instant expiresAt) {
}
