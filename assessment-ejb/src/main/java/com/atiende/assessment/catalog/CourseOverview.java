package com.atiende.assessment.catalog;

import com.atiende.assessment.learning.RulesView;
import java.io.Serializable;
import java.util.List;

/**
 * What someone deciding whether to take a course sees of its published version: what it teaches, its lessons and
 * role-plays in order with their time, how it is passed and the certificate it leads to.
 */
public record CourseOverview(CourseSummary summary, List<Item> items, RulesView rules) implements Serializable {

    public CourseOverview {
        items = List.copyOf(items);
    }

    /**
     * A lesson or role-play of the course.
     *
     * @param kind     LESSON or SCENARIO
     * @param channel  for a role-play, where the conversation happens (phone, counter, ...); null for a lesson
     * @param required for a role-play, whether passing it is needed to complete the course
     */
    public record Item(String kind, String title, int minutes, String channel, boolean required) implements Serializable {

        public boolean isLesson() {
            return "LESSON".equals(kind);
        }
    }
}
