package com.atiende.domain.attempt;

import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.PassRules;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course's rules about the attempts at one of its scenarios within one enrolment: an unfinished attempt is resumed
 * rather than doubled; a new one needs an attempt left and the cool-down since the previous one over; and either the
 * best or the last graded attempt is the one that counts.
 *
 * <p>An expired attempt uses up an attempt (otherwise abandoning would be a free look at the scenario) and its
 * cool-down runs from its expiry.
 */
public final class AttemptPolicy {

    /** The best attempt: a pass beats a fail, then the higher overall score, then the earlier attempt. */
    private static final Comparator<AttemptRecord> BEST = Comparator.comparing(AttemptRecord::passed)
            .thenComparingInt(AttemptRecord::overallTenths)
            .thenComparing(Comparator.comparingInt(AttemptRecord::attemptNumber).reversed());

    private final PassRules rules;

    public AttemptPolicy(PassRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The attempt in progress and not expired, which a start resumes instead of beginning another. */
    public Optional<AttemptRecord> resumable(List<AttemptRecord> attempts, Instant now) {
        return attempts.stream().filter(attempt -> attempt.statusAt(now) == AttemptStatus.IN_PROGRESS).findFirst();
    }

    /**
     * Checks that a new attempt may start now, given all previous ones (none of them resumable).
     *
     * @throws AttemptNotAllowedException when the limit is reached or the cool-down is not over
     */
    public void checkCanStart(List<AttemptRecord> attempts, Instant now) {
        if (!rules.isAttemptsUnlimited() && attempts.size() >= rules.getAttemptsAllowed()) {
            throw new AttemptNotAllowedException(AttemptNotAllowedException.Reason.LIMIT_REACHED,
                    "all " + rules.getAttemptsAllowed() + " attempts are used", rules.getAttemptsAllowed());
        }
        Optional<Instant> availableAt = attempts.stream()
                .max(Comparator.comparingInt(AttemptRecord::attemptNumber))
                .map(previous -> previous.endedAt().plus(Duration.ofMinutes(rules.getCooldownMinutes())));
        if (availableAt.isPresent() && now.isBefore(availableAt.get())) {
            long minutes = (Duration.between(now, availableAt.get()).toSeconds() + 59) / 60;
            throw new AttemptNotAllowedException(AttemptNotAllowedException.Reason.COOLING_DOWN,
                    "the next attempt may start at " + availableAt.get(), minutes, availableAt.get());
        }
    }

    /** The number a new attempt gets. */
    public int nextAttemptNumber(List<AttemptRecord> attempts) {
        return attempts.stream().mapToInt(AttemptRecord::attemptNumber).max().orElse(0) + 1;
    }

    /** The graded attempt that counts for completion and reports, as the course says: the best or the last. */
    public Optional<AttemptRecord> kept(List<AttemptRecord> attempts) {
        List<AttemptRecord> graded = attempts.stream().filter(attempt -> attempt.status().isGraded()).toList();
        return rules.getAttemptKept() == AttemptKept.BEST
                ? graded.stream().max(BEST)
                : graded.stream().max(Comparator.comparingInt(AttemptRecord::attemptNumber));
    }

    /** Attempts the course allows per scenario; 0 means unlimited. */
    public int attemptsAllowed() {
        return rules.getAttemptsAllowed();
    }
}
