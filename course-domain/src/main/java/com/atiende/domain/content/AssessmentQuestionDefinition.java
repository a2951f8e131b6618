package com.atiende.domain.content;

import java.util.List;

/**
 * One question of a final assessment's bank as read. Its options have the shape of a self-check question's: a
 * text, whether it is the right one, and feedback shown after the attempt.
 *
 * @param id     stable within the bank, so answers and item analysis survive edits to the wording
 * @param lesson the lesson whose idea the question checks, or null; draws spread over the lessons
 */
public record AssessmentQuestionDefinition(String id, String lesson, String question,
                                           List<SelfCheckOptionDefinition> options) {

    public AssessmentQuestionDefinition {
        options = List.copyOf(options);
    }
}
