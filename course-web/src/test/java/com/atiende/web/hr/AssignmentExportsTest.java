package com.atiende.web.hr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cell a spreadsheet would run as a formula is written as text; any other is written as it is. */
class AssignmentExportsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://x\")   | '=HYPERLINK(\"http://x\")",
            "+34 600 000 000           | '+34 600 000 000",
            "-1                        | '-1",
            "@SUM(A1)                  | '@SUM(A1)",
            "Ana García                | Ana García",
            "ana=b@example.com         | ana=b@example.com"})
    void aCellThatWouldRunAsAFormulaIsWrittenAsText(String value, String written) {
        assertThat(AssignmentExports.cell(value)).isEqualTo(written);
    }

    @Test
    void noValueIsAnEmptyCell() {
        assertThat(AssignmentExports.cell("")).isEmpty();
        assertThat(AssignmentExports.cell(null)).isEmpty();
    }
}
