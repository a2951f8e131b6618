package com.atiende.domain.attempt;

import com.atiende.domain.attempt.AttemptNotAllowedException.Reason;
import com.atiende.domain.course.FinalAssessment;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A final assessment's rules about one learner's attempts: an unsubmitted attempt is resumed rather than doubled; a
 * new one needs the assessment not yet passed, an attempt left and the wait since the last submission over; and a
 * retake draws, first, questions the learner has not been asked.
 */
public final class FinalAssessmentPolicy {

    private final FinalAssessment assessment;

    public FinalAssessmentPolicy(FinalAssessment assessment) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
    }

    /** The attempt not yet submitted, which a start resumes instead of beginning another. */
    public Optional<AssessmentAttemptRecord> resumable(List<AssessmentAttemptRecord> attempts) {
        return attempts.stream().filter(attempt -> attempt.status() == AttemptStatus.IN_PROGRESS).findFirst();
    }

    /**
     * Checks that a new attempt may start now, given all previous ones (none of them resumable).
     *
     * @throws AttemptNotAllowedException when it is passed, the limit is reached or the wait is not over
     */
    public void checkCanStart(List<AssessmentAttemptRecord> attempts, Instant now) {
        if (attempts.stream().anyMatch(attempt -> attempt.status() == AttemptStatus.PASSED)) {
            throw new AttemptNotAllowedException(Reason.ASSESSMENT_PASSED, "the final assessment is passed");
        }
        int allowed = assessment.getAttemptsAllowed();
        if (allowed > 0 && attempts.size() >= allowed) {
            throw new AttemptNotAllowedException(Reason.ASSESSMENT_LIMIT_REACHED,
                    "all " + allowed + " attempts are used", allowed);
        }
        Optional<Instant> availableAt = attempts.stream()
                .max(Comparator.comparingInt(AssessmentAttemptRecord::attemptNumber))
                .map(previous -> previous.submittedAt().plus(assessment.getCooldown()));
        if (availableAt.isPresent() && now.isBefore(availableAt.get())) {
            long minutes = (Duration.between(now, availableAt.get()).toSeconds() + 59) / 60;
            throw new AttemptNotAllowedException(Reason.ASSESSMENT_COOLING_DOWN,
                    "the next attempt may start at " + availableAt.get(), minutes, availableAt.get());
        }
    }

    public int nextAttemptNumber(List<AssessmentAttemptRecord> attempts) {
        return attempts.stream().mapToInt(AssessmentAttemptRecord::attemptNumber).max().orElse(0) + 1;
    }

    /** The questions earlier attempts asked, which a new draw avoids while the bank has others. */
    public static Set<String> seenBefore(List<FinalAssessmentAttempt> attempts) {
        return attempts.stream().flatMap(attempt -> attempt.getAnswers().stream())
                .map(AssessmentAnswer::getQuestionCode).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether one of the attempts passed: the assessment's part in completing the course. */
    public static boolean passed(List<AssessmentAttemptRecord> attempts) {
        return attempts.stream().anyMatch(AssessmentAttemptRecord::passed);
    }
}
