package com.atiende.domain.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void locksAtTheLimitWithinTheWindowAndUnlocksAfterTheLock() {
        SignInThrottle throttle = new SignInThrottle("account:a@b.c", T0);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0.plusSeconds(i), 5);
        }
        assertThat(throttle.isLockedAt(T0.plusSeconds(5))).isFalse();

        throttle.recordFailure(T0.plusSeconds(5), 5);

        assertThat(throttle.isLockedAt(T0.plusSeconds(6))).isTrue();
        assertThat(throttle.isLockedAt(T0.plusSeconds(5).plus(SignInThrottle.LOCK))).isFalse();
    }

    @Test
    void failuresOutsideTheWindowStartAFreshCount() {
        SignInThrottle throttle = new SignInThrottle("source:10.0.0.1", T0);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0.plusSeconds(i), 5);
        }

        throttle.recordFailure(T0.plus(SignInThrottle.WINDOW).plus(Duration.ofMinutes(1)), 5);

        assertThat(throttle.getFailures()).isEqualTo(1);
        assertThat(throttle.isLockedAt(T0.plus(SignInThrottle.WINDOW).plus(Duration.ofMinutes(2)))).isFalse();
    }

    @Test
    void clearingForgetsFailuresAndLock() {
        SignInThrottle throttle = new SignInThrottle("account:a@b.c", T0);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(T0, 5);
        }

        throttle.clear();

        assertThat(throttle.isLockedAt(T0.plusSeconds(1))).isFalse();
        assertThat(throttle.getFailures()).isZero();
    }
}
