package com.atiende.assessment.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What AssignmentService tells of an order before reading the database: every problem, and malformed e-mails apart. */
class AssignmentOrderCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void namesEveryProblemOfAnOrderAtOnceInTheFormsOrder() {
        AssignmentService.Checked checked = AssignmentService.checked(new AssignmentOrder(" ", TODAY.minusDays(1),
                false, null, List.of("ana.ejemplo.com")), TODAY);

        assertThat(checked.reasons()).extracting(AssignmentProblem.Reason::field, AssignmentProblem.Reason::messageKey)
                .containsExactly(
                        tuple(AssignmentProblem.COURSE, "assignment.courseRequired"),
                        tuple(AssignmentProblem.DUE, "assignment.dueInPast"),
                        tuple(AssignmentProblem.PEOPLE, "assignment.malformedEmails"));
    }

    @Test
    void callsAMalformedAddressMalformedAndLooksUpOnlyTheWellFormed() {
        AssignmentService.Checked checked = AssignmentService.checked(new AssignmentOrder("curso", TODAY, false, null,
                List.of("Nadie@Ejemplo.com", "ana@", "@ejemplo.com", "luis@ejemplo", "ana@ejemplo..com",
                        "Sofía@almacén.es")), TODAY);

        assertThat(checked.emails()).containsExactly("nadie@ejemplo.com", "sofía@almacén.es");
        assertThat(checked.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("assignment.malformedEmails");
            assertThat(reason.arguments()).containsExactly(4, "ana@, @ejemplo.com, luis@ejemplo, ana@ejemplo..com");
        });
    }

    @Test
    void anOrderWithOnlyMalformedAddressesIsNotCalledEmpty() {
        AssignmentService.Checked checked = AssignmentService.checked(new AssignmentOrder("curso", TODAY, false, null,
                List.of("nadie")), TODAY);

        assertThat(checked.reasons()).extracting(AssignmentProblem.Reason::messageKey)
                .containsExactly("assignment.malformedEmails");
    }

    @Test
    void aCompleteOrderHasNoProblem() {
        assertThat(AssignmentService.checked(new AssignmentOrder("curso", TODAY, true, null, List.of()), TODAY)
                .reasons()).isEmpty();
    }
}
