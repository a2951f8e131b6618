package com.atiende.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void rendersTheFormattingLessonsUse() {
        String html = markdown.toHtml("""
                ## Escuchar

                Un párrafo con **negrita**, *cursiva* y un [enlace](https://example.org/guia).

                - uno
                - dos

                > Una cita.
                """);

        assertThat(html).contains("<h2>Escuchar</h2>", "<strong>negrita</strong>", "<em>cursiva</em>",
                "<li>uno</li>", "<blockquote>", "href=\"https://example.org/guia\"", "párrafo");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">pulsa</a>",
            "[pulsa](javascript:alert(1))",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"
    })
    void neutralisesScriptPayloads(String payload) {
        String html = markdown.toHtml("Texto antes.\n\n" + payload + "\n\nTexto después.");

        // Payloads may survive as harmless escaped text; what must not survive is markup that runs or loads.
        assertThat(html.toLowerCase())
                .doesNotContain("<script", "onerror=", "onload=", "href=\"javascript", "href=\"data:", "<iframe", "<svg",
                        "<img", "style=")
                .contains("texto antes.", "texto después.");
    }

    @Test
    void emptyMarkdownIsEmptyHtml() {
        assertThat(markdown.toHtml(null)).isEmpty();
        assertThat(markdown.toHtml("  ")).isEmpty();
    }
}
