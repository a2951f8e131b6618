package com.atiende.domain.content;


import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts a problem exactly by file and location, and by a fragment of its message (the rest is prose). */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static void assertOnlyProblem(List<ContentProblem> problems, String file, String location, String message) {
        assertThat(problems).singleElement().satisfies(problem -> assertProblem(problem, file, location, message));
    }

    static void assertProblem(ContentProblem problem, String file, String location, String message) {
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.location()).isEqualTo(location);
        assertThat(problem.message()).contains(message);
    }
}
