package com.atiende.domain.content;


import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of validating a content catalog: every problem, sorted by file (in the order found within a file),
 * and the analysis of every scenario whose graph could be analysed. Content is loaded only when the report is
 * valid.
 */
public record ValidationReport(List<ContentProblem> problems, List<ScenarioAnalysis> analyses) {

    public ValidationReport {
        problems = problems.stream().sorted(Comparator.comparing(ContentProblem::file)).toList();
        analyses = List.copyOf(analyses);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Every problem on its own line, as {@code file: location: message}; for start-up and import messages. */
    public String describe() {
        return problems.stream().map(ContentProblem::describe).collect(Collectors.joining("\n"));
    }

    public Optional<ScenarioAnalysis> analysis(String courseCode, String scenarioId) {
        return analyses.stream()
                .filter(analysis -> analysis.courseCode().equals(courseCode)
                        && analysis.scenarioId().equals(scenarioId))
                .findFirst();
    }
}
