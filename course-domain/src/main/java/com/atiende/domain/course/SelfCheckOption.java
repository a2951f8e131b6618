package com.atiende.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * One answer to a multiple-choice question (a lesson's self-check or a final assessment's), with the feedback
 * shown when the learner picks it.
 */
@Embeddable
public class SelfCheckOption {

    @Column(name = "option_text", nullable = false, length = 4000)
    private String text;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    @Column(name = "feedback", nullable = false, length = 4000)
    private String feedback;

    protected SelfCheckOption() {
        // for JPA
    }

    public SelfCheckOption(String text, boolean correct, String feedback) {
        this.text = Objects.requireNonNull(text, "text");
        this.correct = correct;
        this.feedback = Objects.requireNonNull(feedback, "feedback");
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    public String getFeedback() {
        return feedback;
    }
}
