package com.atiende.domain.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An attempt reduced to what the rules about attempts need (limit, cool-down, expiry, which one counts), read in one
 * query for many attempts without loading answers or scores.
 *
 * @param overallTenths the overall score in tenths; 0 until graded
 * @param finishedAt    when the attempt was graded, or null
 */
public record AttemptRecord(long attemptId, long enrolmentId, long scenarioId, int attemptNumber,
                            AttemptStatus status, boolean passed, int overallTenths, Instant startedAt,
                            Instant expiresAt, Instant finishedAt) {

    public AttemptRecord {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The status as of {@code now}: an attempt in progress past its expiry is expired. */
    public AttemptStatus statusAt(Instant now) {
        return status == AttemptStatus.IN_PROGRESS && !now.isBefore(expiresAt) ? AttemptStatus.EXPIRED : status;
    }

    /** When the attempt stopped counting as open: graded, or expired. */
    public Instant endedAt() {
        return finishedAt != null ? finishedAt : expiresAt;
    }

    public BigDecimal overall() {
        return Tenths.toScore(overallTenths);
    }
}
