package com.atiende.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The limit counts per client and per minute, starts afresh each minute, and keeps its memory bounded. */
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
            assertThat(limit.tryAcquire("203.0.113.1")).isTrue();
        }

        assertThat(limit.tryAcquire("203.0.113.1")).isFalse();
        assertThat(limit.tryAcquire("203.0.113.2")).isTrue();
        assertThat(limit.secondsToNextWindow()).isEqualTo(55);
    }

    @Test
    void startsAfreshInTheNextMinute() {
        for (int i = 0; i < 4; i++) {
            limit.tryAcquire("203.0.113.1");
        }
        now.set(now.get().plus(Duration.ofSeconds(55)));

        assertThat(limit.tryAcquire("203.0.113.1")).isTrue();
    }

    @Test
    void letsAFloodOfAddressesShareOneWindow() {
        for (int i = 0; i < VerificationRateLimit.MAX_CLIENTS; i++) {
            limit.tryAcquire("client-" + i);
        }

        assertThat(limit.tryAcquire("newcomer-1")).isTrue();
        assertThat(limit.tryAcquire("newcomer-2")).isTrue();
        assertThat(limit.tryAcquire("newcomer-3")).isTrue();
        assertThat(limit.tryAcquire("newcomer-4")).as("the overflow window is full").isFalse();
        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertThat(limit.tryAcquire("newcomer-5")).as("ended windows are dropped").isTrue();
    }
}
