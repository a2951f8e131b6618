package com.atiende.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.assessment.assignment.AssignedCourse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssignmentCursorTest {

    private static final Instant DUE = Instant.parse("2026-03-31T21:59:59.999999999Z");

    @Test
    void aCursorStandsForTheKeyItWasMadeOf() {
        AssignedCourse.Key open = new AssignedCourse.Key(true, DUE, "Ana María\nde la Peña", 42);
        AssignedCourse.Key completed = new AssignedCourse.Key(false, DUE, "Luis", 7);

        assertThat(AssignmentsResource.key(AssignmentsResource.cursor(open))).contains(open);
        assertThat(AssignmentsResource.key(AssignmentsResource.cursor(completed))).contains(completed);
        assertThat(AssignmentsResource.cursor(open)).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a cursor!", "open\n2026-03-31T00:00:00Z\n42", "late\n2026-03-31T00:00:00Z\n42\nAna",
            "open\n31/03/2026\n42\nAna", "open\n2026-03-31T00:00:00Z\nforty-two\nAna"})
    void anythingElseIsNoCursor(String values) {
        String cursor = values.equals("not a cursor!") ? values
                : Base64.getUrlEncoder().withoutPadding().encodeToString(values.getBytes(StandardCharsets.UTF_8));

        assertThat(AssignmentsResource.key(cursor)).isEmpty();
    }
}
