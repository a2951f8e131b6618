package com.atiende.assessment.finalassessment;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A course's final assessment as its learner sees it: its rules, where they stand, and the attempt under way or the
 * last one submitted.
 *
 * @param attemptsAllowed 0 for unlimited
 * @param attemptsUsed    attempts started so far
 * @param state           what the learner can do now
 * @param pending         while {@link State#LOCKED}: titles of the lessons and role-plays still to do, in course order
 * @param availableAt     while {@link State#COOLING_DOWN}: when the next attempt may start
 * @param attempt         the attempt in progress, else the last one submitted; null before the first
 * @param bestScore       the best score so far, or null
 */
public record FinalAssessmentView(long enrolmentId, String courseCode, String courseTitle, String title,
                                  String instructions, int questionsPerAttempt, int passMark, int attemptsAllowed,
                                  int attemptsUsed, long cooldownMinutes, State state, List<String> pending,
                                  Instant availableAt, AttemptView attempt, Integer bestScore)
        implements Serializable {

    public FinalAssessmentView {
        pending = List.copyOf(pending);
    }

    /** Where the learner stands. */
    public enum State {
        /** Lessons or required role-plays are still to do. */
        LOCKED,
        /** A new attempt may start. */
        READY,
        /** An attempt is under way: its questions are in {@code attempt}. */
        IN_PROGRESS,
        /** Passed: the course's part is done. */
        PASSED,
        /** Every attempt allowed is used without a pass. */
        NO_ATTEMPTS_LEFT,
        /** The next attempt may start at {@code availableAt}. */
        COOLING_DOWN
    }

    /**
     * One attempt. While in progress its questions carry no verdict; once submitted each says which option was
     * chosen, whether it was right, and the feedback on it.
     *
     * @param score           percent right, once submitted
     * @param completedCourse this submission completed the course (a certificate was issued)
     */
    public record AttemptView(long attemptId, int number, boolean submitted, boolean passed, int score,
                              int correctCount, List<QuestionView> questions, boolean completedCourse)
            implements Serializable {

        public AttemptView {
            questions = List.copyOf(questions);
        }
    }

    /**
     * A question with its options in the order this attempt shows them.
     *
     * @param chosen   the chosen option's index in the author's order, once submitted; else null
     * @param correct  whether the chosen option was right, once submitted; else null
     * @param feedback the feedback on the chosen option, once submitted; else null
     */
    public record QuestionView(String code, String text, List<OptionView> options, Integer chosen, Boolean correct,
                               String feedback) implements Serializable {

        public QuestionView {
            options = List.copyOf(options);
        }
    }

    /** @param index the option's index in the author's order, which is what a submission names */
    public record OptionView(int index, String text) implements Serializable {
    }
}
