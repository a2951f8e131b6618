package com.atiende.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For names the client only when a trusted proxy says so, and only up to the first untrusted hop. */
class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(Set.of("10.0.0.5", "10.0.0.6"));

    @Test
    void isThePeerWhenNoProxyIsTrusted() {
        assertThat(new ClientAddress(Set.of()).of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void ignoresTheHeaderFromAnUntrustedPeer() {
        assertThat(behindProxy.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void isTheLastUntrustedHopBehindTrustedProxies() {
        assertThat(behindProxy.of("10.0.0.5", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(behindProxy.of("10.0.0.5", "6.6.6.6, 198.51.100.1, 10.0.0.6")).as("a forged first hop is skipped")
                .isEqualTo("198.51.100.1");
    }

    @Test
    void isTheProxyWhenItForwardsNothing() {
        assertThat(behindProxy.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
        assertThat(behindProxy.of("10.0.0.5", " ")).isEqualTo("10.0.0.5");
    }
}
