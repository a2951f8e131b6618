package com.atiende.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.assessment.assignment.AssignmentProblem;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AssignmentsResourceTest {

    @Test
    void keepsTheApostropheOfARefusalWithoutArguments() {
        assertThat(AssignmentsResource.said(new AssignmentProblem.Reason(AssignmentProblem.PEOPLE, "assignment.nobody"),
                Locale.ENGLISH)).contains("the people's e-mail addresses");
    }
}
