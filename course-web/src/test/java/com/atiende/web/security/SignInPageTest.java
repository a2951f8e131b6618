package com.atiende.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInPageTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "/learner/index.xhtml, /learner/index.xhtml",
            "/hr/audit.xhtml?x=1, /hr/audit.xhtml?x=1",
            "NULL, /",
            "https://evil.example/, /",
            "//evil.example/path, /",
            "/\\evil.example, /",
            "javascript:alert(1), /",
            "/login.xhtml?continue=/x, /"
    })
    void continuesOnlyToLocalPaths(String requested, String expected) {
        SignInPage page = new SignInPage();
        page.setContinueTo(requested);

        assertThat(page.safeContinue()).isEqualTo(expected);
    }
}
