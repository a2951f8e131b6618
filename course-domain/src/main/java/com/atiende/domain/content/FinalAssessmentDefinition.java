package com.atiende.domain.content;

import java.util.List;
import java.util.Optional;

/**
 * A course's final assessment file as read: a bank of questions from which each attempt draws a few. Fields the
 * reader could not read are null; lists are never null.
 *
 * @param id                  the file name without {@code .yaml}
 * @param file                path relative to the content root
 * @param instructions        what the learner reads before starting
 * @param questionsPerAttempt how many questions each attempt draws from the bank
 * @param passMark            percentage of right answers needed to pass, 1-100
 * @param attemptsAllowed     attempts a learner may make; 0 means unlimited
 * @param cooldownMinutes     wait between two attempts
 */
public record FinalAssessmentDefinition(String id, String file, String title, String instructions,
                                        Integer questionsPerAttempt, Integer passMark, Integer attemptsAllowed,
                                        Integer cooldownMinutes, List<AssessmentQuestionDefinition> questions) {

    public FinalAssessmentDefinition {
        questions = List.copyOf(questions);
    }

    public Optional<AssessmentQuestionDefinition> question(String questionId) {
        return questions.stream().filter(question -> questionId.equals(question.id())).findFirst();
    }
}
