package com.atiende.assessment.learning;

import java.io.Serializable;
import java.util.List;

/**
 * A lesson as the reader shows it, within one enrolment: the Markdown body (the web layer renders and sanitizes
 * it), key takeaways, self-check questions, whether it is read, and the course items before and after it.
 */
public record LessonView(long enrolmentId, String courseCode, String courseTitle, String code, String title, int minutes,
                         String markdown, List<String> takeaways, List<Question> questions, boolean read,
                         int position, int itemCount, ItemLink previous, ItemLink next) implements Serializable {

    public LessonView {
        takeaways = List.copyOf(takeaways);
        questions = List.copyOf(questions);
    }

    /** A self-check question; the answers are not secret: self-checks are for learning, not grading. */
    public record Question(String text, List<Option> options) implements Serializable {

        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(String text, boolean correct, String feedback) implements Serializable {
    }

    /** A neighbouring lesson or scenario of the course, for previous/next navigation. */
    public record ItemLink(String kind, String code, String title) implements Serializable {
    }
}
