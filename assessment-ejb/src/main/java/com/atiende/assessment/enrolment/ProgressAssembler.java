package com.atiende.assessment.enrolment;

import com.atiende.assessment.certificate.CertificateSummary;
import com.atiende.domain.attempt.AssessmentAttemptRecord;
import com.atiende.domain.attempt.AttemptPolicy;
import com.atiende.domain.attempt.AttemptRecord;
import com.atiende.domain.attempt.FinalAssessmentPolicy;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseItem;
import com.atiende.domain.course.CourseItemKind;
import com.atiende.domain.course.FinalAssessment;
import com.atiende.domain.course.Scenario;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.LessonRead;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds progress views from what was read beforehand in a few queries (enrolments, lesson counts, attempt
 * summaries, certificates), so that a list of any length costs the same number of queries. Course versions come
 * from the shared cache: published content never changes.
 */
final class ProgressAssembler {

    private ProgressAssembler() {
    }

    /**
     * @param lessonsRead the codes of the lessons read in this enrolment
     * @param attempts    summaries of the enrolment's attempts
     * @param assessments summaries of the enrolment's attempts at the final assessment
     * @param certificate the enrolment's certificate, or null
     */
    static EnrolmentProgress progress(Enrolment enrolment, Set<String> lessonsRead, List<AttemptRecord> attempts,
                                      List<AssessmentAttemptRecord> assessments, Certificate certificate,
                                      Instant now) {
        Course course = enrolment.getCourse();
        AttemptPolicy policy = new AttemptPolicy(course.getPassRules());
        Map<Long, List<AttemptRecord>> byScenario = byScenario(attempts);
        List<Scenario> required = course.getScenarios().stream().filter(Scenario::isRequired).toList();
        int passed = (int) required.stream()
                .filter(scenario -> policy.kept(byScenario.getOrDefault(scenario.getId(), List.of()))
                        .filter(AttemptRecord::passed).isPresent())
                .count();
        int read = (int) course.getLessons().stream().filter(lesson -> lessonsRead.contains(lesson.getCode())).count();
        return new EnrolmentProgress(enrolment.getId(), course.getCode(), course.getVersion(), course.getTitle(),
                enrolment.getStatus(), enrolment.getEnrolledAt(), enrolment.getDueAt(),
                enrolment.assignmentStateAt(now).orElse(null), enrolment.getCompletedAt(), read,
                course.getLessons().size(), passed, required.size(),
                course.finalAssessment().map(assessment -> FinalAssessmentPolicy.passed(assessments)).orElse(null),
                certificate == null ? null : CertificateSummary.of(certificate, now),
                next(course, lessonsRead, byScenario, assessments, policy, now));
    }

    /**
     * Where "continue" leads: the role-play under way, if there is one, for that is where the learner left off;
     * otherwise the first lesson not read or role-play not passed, in course order. Null when nothing is left.
     */
    private static ItemProgress next(Course course, Set<String> lessonsRead,
                                     Map<Long, List<AttemptRecord>> byScenario,
                                     List<AssessmentAttemptRecord> assessments, AttemptPolicy policy, Instant now) {
        List<ItemProgress> toDo = course.getItems().stream()
                .filter(item -> item.getKind() != CourseItemKind.LESSON || !lessonsRead.contains(item.getCode()))
                .map(item -> item(item, null, byScenario, assessments, policy, now))
                .filter(item -> !item.done())
                .toList();
        return toDo.stream().filter(item -> item.openAttemptId() != null).findFirst()
                .orElse(toDo.isEmpty() ? null : toDo.get(0));
    }

    static List<ItemProgress> items(Enrolment enrolment, List<AttemptRecord> attempts,
                                    List<AssessmentAttemptRecord> assessments, Instant now) {
        AttemptPolicy policy = new AttemptPolicy(enrolment.getCourse().getPassRules());
        Map<String, Instant> readAt = enrolment.getLessonsRead().stream()
                .collect(Collectors.toMap(LessonRead::getLessonCode, LessonRead::getReadAt));
        Map<Long, List<AttemptRecord>> byScenario = byScenario(attempts);
        return enrolment.getCourse().getItems().stream()
                .map(item -> item(item, readAt.get(item.getCode()), byScenario, assessments, policy, now))
                .toList();
    }

    /** @param readAt for a lesson, when it was read, or null */
    private static ItemProgress item(CourseItem item, Instant readAt, Map<Long, List<AttemptRecord>> byScenario,
                                     List<AssessmentAttemptRecord> assessments, AttemptPolicy policy, Instant now) {
        return switch (item.getKind()) {
            case LESSON -> lesson(item, readAt);
            case SCENARIO -> scenario((Scenario) item, byScenario.getOrDefault(((Scenario) item).getId(), List.of()),
                    policy, now);
            case FINAL_ASSESSMENT -> assessment((FinalAssessment) item, assessments);
        };
    }

    private static Map<Long, List<AttemptRecord>> byScenario(List<AttemptRecord> attempts) {
        return attempts.stream().collect(Collectors.groupingBy(AttemptRecord::scenarioId));
    }

    private static ItemProgress lesson(CourseItem lesson, Instant readAt) {
        return new ItemProgress(CourseItemKind.LESSON, lesson.getCode(), lesson.getTitle(), true, readAt != null,
                readAt, 0, 0, null, null, null);
    }

    /** The final assessment: done once passed; its score the best so far; its open attempt the one under way. */
    private static ItemProgress assessment(FinalAssessment assessment, List<AssessmentAttemptRecord> attempts) {
        FinalAssessmentPolicy policy = new FinalAssessmentPolicy(assessment);
        Optional<AssessmentAttemptRecord> best = attempts.stream().filter(attempt -> attempt.submittedAt() != null)
                .max(Comparator.comparing(AssessmentAttemptRecord::passed)
                        .thenComparingInt(AssessmentAttemptRecord::score));
        return new ItemProgress(CourseItemKind.FINAL_ASSESSMENT, assessment.getCode(), assessment.getTitle(), true,
                FinalAssessmentPolicy.passed(attempts), null, attempts.size(), assessment.getAttemptsAllowed(),
                best.map(AssessmentAttemptRecord::status).orElse(null),
                best.map(attempt -> BigDecimal.valueOf(attempt.score())).orElse(null),
                policy.resumable(attempts).map(AssessmentAttemptRecord::attemptId).orElse(null));
    }

    private static ItemProgress scenario(Scenario scenario, List<AttemptRecord> attempts, AttemptPolicy policy,
                                         Instant now) {
        Optional<AttemptRecord> kept = policy.kept(attempts);
        return new ItemProgress(CourseItemKind.SCENARIO, scenario.getCode(), scenario.getTitle(),
                scenario.isRequired(), kept.filter(AttemptRecord::passed).isPresent(), null, attempts.size(),
                policy.attemptsAllowed(), kept.map(AttemptRecord::status).orElse(null),
                kept.map(AttemptRecord::overall).orElse(null),
                policy.resumable(attempts, now).map(AttemptRecord::attemptId).orElse(null));
    }
}
