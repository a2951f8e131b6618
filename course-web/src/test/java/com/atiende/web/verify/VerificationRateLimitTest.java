package com.atiende.web.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The limit counts per client over the last sixty seconds, however they fall on the clock's minutes, tells a refused
 * client when it may ask again, and keeps its memory bounded.
 */
class VerificationRateLimitTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T10:00:05Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final VerificationRateLimit limit = new VerificationRateLimit(clock, 3);

    @Test
    void refusesTheClientPastTheLimitButNotOthers() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.admit("203.0.113.1").granted()).isTrue();
        }

        assertThat(limit.admit("203.0.113.1")).isEqualTo(new VerificationRateLimit.Admission(false, 60));
        assertThat(limit.admit("203.0.113.2").granted()).isTrue();
    }

    @Test
    void keepsRefusingAcrossTheMinutesEndUntilTheFirstCheckIsAMinuteOld() {
        later(Duration.ofSeconds(50));
        limit.admit("203.0.113.1");
        later(Duration.ofSeconds(3));
        limit.admit("203.0.113.1");
        limit.admit("203.0.113.1");
        later(Duration.ofSeconds(12));

        assertThat(limit.admit("203.0.113.1")).as("10:01:10, a new minute on the clock")
                .isEqualTo(new VerificationRateLimit.Admission(false, 45));
        later(Duration.ofSeconds(45));
        assertThat(limit.admit("203.0.113.1").granted()).isTrue();
        assertThat(limit.admit("203.0.113.1")).as("the other two are still within the minute")
                .isEqualTo(new VerificationRateLimit.Admission(false, 3));
    }

    @Test
    void countsOnlyAnsweredChecksSoRefusalsDoNotProlongTheWait() {
        for (int i = 0; i < 3; i++) {
            limit.admit("203.0.113.1");
        }
        later(Duration.ofSeconds(30));
        assertThat(limit.admit("203.0.113.1").retryAfterSeconds()).isEqualTo(30);
        later(Duration.ofMillis(29_500));
        assertThat(limit.admit("203.0.113.1").retryAfterSeconds()).as("rounded up to a whole second").isEqualTo(1);
        later(Duration.ofMillis(500));

        assertThat(limit.admit("203.0.113.1").granted()).isTrue();
    }

    @Test
    void letsAFloodOfAddressesShareOneOverflowClient() {
        for (int i = 0; i < limit.maxClients(); i++) {
            limit.admit("client-" + i);
        }

        assertThat(limit.admit("newcomer-1").granted()).isTrue();
        assertThat(limit.admit("newcomer-2").granted()).isTrue();
        assertThat(limit.admit("newcomer-3").granted()).isTrue();
        assertThat(limit.admit("newcomer-4").granted()).as("the overflow client has had its share").isFalse();
        later(Duration.ofMinutes(1));
        assertThat(limit.admit("newcomer-5").granted()).as("clients idle for a minute are dropped").isTrue();
        assertThat(limit.admit("newcomer-5").granted()).as("and newcomer-5 counts on its own").isTrue();
    }

    @Test
    void refusesALimitItCannotRemember() {
        assertThatThrownBy(new VerificationRateLimit(clock, 0)::check).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(new VerificationRateLimit(clock, VerificationRateLimit.MAX_REMEMBERED_CHECKS + 1)::check)
                .isInstanceOf(IllegalStateException.class);
    }

    private void later(Duration duration) {
        now.set(now.get().plus(duration));
    }
}
