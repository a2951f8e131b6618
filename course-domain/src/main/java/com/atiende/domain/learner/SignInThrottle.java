package com.atiende.domain.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Failed sign-ins counted per subject (an account's e-mail, or a source address), kept in the database so that
 * every instance of a cluster sees the same count. After its limit of failures within the window the subject is
 * locked for the lock duration; a success clears an account's count. A source gets a higher limit than an
 * account, because many people may sign in from behind one office address.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final int MAX_ACCOUNT_FAILURES = 5;
    public static final int MAX_SOURCE_FAILURES = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "subject", length = 300)
    private String subject;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {
        // for JPA
    }

    public SignInThrottle(String subject, Instant now) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.windowStartedAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one failure; locks the subject when it reaches {@code limit} failures within the window. */
    public void recordFailure(Instant now, int limit) {
        if (now.isAfter(windowStartedAt.plus(WINDOW))) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            windowStartedAt = now;
        }
    }

    public void clear() {
        failures = 0;
        lockedUntil = null;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
