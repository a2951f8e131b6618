package com.atiende.assessment.enrolment;

import com.atiende.domain.attempt.AttemptStatus;
import com.atiende.domain.course.CourseItemKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One lesson, scenario or final assessment of an enrolled course, in course order, with the learner's progress on
 * it. For the final assessment the attempts, status and score are its own; its score is a percentage.
 *
 * @param required        for a scenario, whether it must be passed; lessons are always required
 * @param done            the lesson is read, the scenario's kept attempt passed, or the final assessment passed
 * @param readAt          when the lesson was marked read, or null
 * @param attemptsUsed    attempts started at the scenario (0 for a lesson)
 * @param attemptsAllowed the course's limit per scenario; 0 means unlimited
 * @param keptStatus      the status of the attempt that counts (best or last graded), or null
 * @param keptScore       its overall score, or null
 * @param openAttemptId   the attempt in progress that a start would resume, or null
 */
public record ItemProgress(CourseItemKind kind, String code, String title, boolean required, boolean done,
                           Instant readAt, int attemptsUsed, int attemptsAllowed, AttemptStatus keptStatus,
                           BigDecimal keptScore, Long openAttemptId) implements Serializable {
}
