package com.atiende.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginPostsTest {

    @ParameterizedTest(name = "Origin {0}, Host {1} -> cross-origin {2}")
    @CsvSource(nullValues = "NONE", value = {
            "NONE, localhost:8080, false",
            "http://localhost:8080, localhost:8080, false",
            "https://atiende.example, atiende.example, false",
            "https://ATIENDE.example, atiende.example:443, false",
            "https://atiende.example, atiende.example:80, false",
            "http://127.0.0.1:8080, localhost:8080, true",
            "https://evil.example, atiende.example, true",
            "https://atiende.example.evil.example, atiende.example, true",
            "https://cursos.atiende.example, atiende.example, true",
            "http://localhost:9090, localhost:8080, true",
            "null, localhost:8080, true",
            "not a uri, localhost:8080, true",
            "http://localhost:8080, NONE, true"
    })
    void comparesHostAndPortOfOriginWithTheHostAskedFor(String origin, String host, boolean crossOrigin) {
        assertThat(SameOriginPosts.isCrossOrigin(origin, host)).isEqualTo(crossOrigin);
    }
}
