package com.atiende.domain.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrustedDeviceTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-06T10:00:00Z");

    private final TrustedDevice device = new TrustedDevice("token-del-navegador", "ana@ejemplo.com", SIGNED_IN);

    @Test
    void vouchesForItsAccountOnlyAndUntilItsLifetimeEnds() {
        assertThat(device.vouchesFor("ana@ejemplo.com", SIGNED_IN.plus(TrustedDevice.LIFETIME).minusSeconds(1))).isTrue();
        assertThat(device.vouchesFor("ana@ejemplo.com", SIGNED_IN.plus(TrustedDevice.LIFETIME))).isFalse();
        assertThat(device.vouchesFor("bruno@ejemplo.com", SIGNED_IN)).isFalse();
    }

    @Test
    void keepsOnlyAHashOfItsToken() {
        assertThat(device.getTokenHash()).hasSize(64).isEqualTo(TrustedDevice.hash("token-del-navegador"))
                .doesNotContain("token");
    }
}
