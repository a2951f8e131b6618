package com.atiende.domain.attempt;

import com.atiende.domain.attempt.AttemptNotAllowedException.Reason;
import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.PassRules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AttemptPolicyTest {

    private static final Instant NOW = Instant.parse("2025-04-01T10:00:00Z");

    static Stream<Arguments> starts() {
        return Stream.of(
                arguments("the first attempt", 3, 0, List.of(), null),
                arguments("an attempt left", 3, 0, List.of(failed(1, 60), failed(2, 30)), null),
                arguments("every attempt used", 3, 0, List.of(failed(1, 90), failed(2, 60), passed(3, 30)),
                        Reason.LIMIT_REACHED),
                arguments("an expired attempt uses one up", 2, 0, List.of(failed(1, 90), expired(2)),
                        Reason.LIMIT_REACHED),
                arguments("unlimited attempts", 0, 0, List.of(failed(1, 90), failed(2, 60), failed(3, 30)), null),
                arguments("cool-down not over", 0, 45, List.of(failed(1, 30)), Reason.COOLING_DOWN),
                arguments("cool-down just over", 0, 30, List.of(failed(1, 30)), null),
                arguments("cool-down counts from the last attempt only", 0, 45, List.of(failed(2, 30), failed(1, 90)),
                        Reason.COOLING_DOWN),
                arguments("cool-down after an expiry runs from the expiry, 6 days ago", 0, 60 * 24 * 5,
                        List.of(expired(1)), null),
                arguments("cool-down after an expiry not over", 0, 60 * 24 * 7, List.of(expired(1)),
                        Reason.COOLING_DOWN),
                arguments("the limit is checked before the cool-down", 1, 45, List.of(failed(1, 30)),
                        Reason.LIMIT_REACHED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("starts")
    void decidesWhetherANewAttemptMayStart(String description, int attemptsAllowed, int cooldownMinutes,
                                           List<AttemptRecord> previous, Reason refusal) {
        AttemptPolicy policy = policy(attemptsAllowed, AttemptKept.BEST, cooldownMinutes);

        if (refusal == null) {
            assertThatCode(() -> policy.checkCanStart(previous, NOW)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> policy.checkCanStart(previous, NOW))
                    .isInstanceOfSatisfying(AttemptNotAllowedException.class,
                            refused -> assertThat(refused.getReason()).isEqualTo(refusal));
        }
    }

    @Test
    void saysHowManyAttemptsTheLimitAllows() {
        assertThatThrownBy(() -> policy(2, AttemptKept.BEST, 0).checkCanStart(List.of(failed(1, 9), failed(2, 5)),
                NOW)).isInstanceOfSatisfying(AttemptNotAllowedException.class, refused -> {
                    assertThat(refused.getReason().messageKey()).isEqualTo("attempt.limitReached");
                    assertThat(refused.getArguments()).containsExactly(2);
                });
    }

    @Test
    void saysHowLongTheCoolDownStillLastsRoundedUpToTheMinute() {
        AttemptRecord finishedAMinuteAndAHalfAgo = record(1, AttemptStatus.FAILED, 400, NOW.minusSeconds(90));

        assertThatThrownBy(() -> policy(0, AttemptKept.BEST, 10).checkCanStart(List.of(finishedAMinuteAndAHalfAgo),
                NOW)).isInstanceOfSatisfying(AttemptNotAllowedException.class, refused -> {
                    assertThat(refused.getReason().messageKey()).isEqualTo("attempt.coolingDown");
                    assertThat(refused.getArguments()).containsExactly(9L, NOW.plusSeconds(510));
                });
    }

    @Test
    void resumesTheAttemptInProgressUntilItExpires() {
        AttemptRecord open = new AttemptRecord(7, 1, 1, 2, AttemptStatus.IN_PROGRESS, false, 0,
                NOW.minus(Duration.ofDays(13)), NOW.plus(Duration.ofDays(1)), null);
        AttemptPolicy policy = policy(3, AttemptKept.BEST, 0);

        assertThat(policy.resumable(List.of(failed(1, 90), open), NOW)).contains(open);
        assertThat(policy.resumable(List.of(failed(1, 90), open), open.expiresAt())).isEmpty();
    }

    @Test
    void numbersAttemptsAfterTheHighest() {
        AttemptPolicy policy = policy(0, AttemptKept.BEST, 0);

        assertThat(policy.nextAttemptNumber(List.of())).isEqualTo(1);
        assertThat(policy.nextAttemptNumber(List.of(failed(2, 5), failed(1, 9)))).isEqualTo(3);
    }

    static Stream<Arguments> kept() {
        AttemptRecord passedLow = record(1, AttemptStatus.PASSED, 700, NOW.minusSeconds(300));
        AttemptRecord failedHigh = record(2, AttemptStatus.FAILED, 800, NOW.minusSeconds(200));
        AttemptRecord passedHigh = record(3, AttemptStatus.PASSED, 900, NOW.minusSeconds(100));
        AttemptRecord passedHighAgain = record(4, AttemptStatus.PASSED, 900, NOW.minusSeconds(50));
        AttemptRecord inProgress = new AttemptRecord(5, 1, 1, 5, AttemptStatus.IN_PROGRESS, false, 0,
                NOW, NOW.plus(Duration.ofDays(14)), null);
        return Stream.of(
                arguments("best: a pass beats a higher fail", AttemptKept.BEST, List.of(passedLow, failedHigh),
                        passedLow),
                arguments("best: the higher pass", AttemptKept.BEST, List.of(passedLow, failedHigh, passedHigh),
                        passedHigh),
                arguments("best: the earlier of equal scores", AttemptKept.BEST,
                        List.of(passedHighAgain, passedHigh), passedHigh),
                arguments("last: the last graded, even a fail", AttemptKept.LAST,
                        List.of(passedLow, failedHigh), failedHigh),
                arguments("attempts in progress do not count", AttemptKept.LAST, List.of(passedLow, inProgress),
                        passedLow),
                arguments("nothing graded yet", AttemptKept.BEST, List.of(inProgress, expired(6)), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kept")
    void keepsTheBestOrTheLastGradedAttempt(String description, AttemptKept keep, List<AttemptRecord> attempts,
                                           AttemptRecord expected) {
        assertThat(policy(3, keep, 0).kept(attempts).orElse(null)).isEqualTo(expected);
    }

    private static AttemptPolicy policy(int attemptsAllowed, AttemptKept keep, int cooldownMinutes) {
        return new AttemptPolicy(new PassRules(60, Map.of(), attemptsAllowed, keep, cooldownMinutes, 14));
    }

    private static AttemptRecord failed(int number, int finishedMinutesAgo) {
        return record(number, AttemptStatus.FAILED, 400, NOW.minus(Duration.ofMinutes(finishedMinutesAgo)));
    }

    private static AttemptRecord passed(int number, int finishedMinutesAgo) {
        return record(number, AttemptStatus.PASSED, 800, NOW.minus(Duration.ofMinutes(finishedMinutesAgo)));
    }

    /** Started 20 days ago, so expired 6 days ago. */
    private static AttemptRecord expired(int number) {
        Instant started = NOW.minus(Duration.ofDays(20));
        return new AttemptRecord(number, 1, 1, number, AttemptStatus.IN_PROGRESS, false, 0, started,
                started.plus(Duration.ofDays(14)), null);
    }

    private static AttemptRecord record(int number, AttemptStatus status, int overallTenths, Instant finishedAt) {
        return new AttemptRecord(number, 1, 1, number, status, status == AttemptStatus.PASSED, overallTenths,
                finishedAt.minusSeconds(120), finishedAt.plus(Duration.ofDays(14)), finishedAt);
    }
}
