package com.atiende.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.atiende.assessment.attempt.AttemptRefusedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryingTransactionsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                arguments("a stale row version", new OptimisticLockException("stale"), true),
                arguments("a stale row version, wrapped at commit",
                        new RollbackException("rolled back").initCause(new OptimisticLockException("stale")), true),
                arguments("a unique key already taken", new PersistenceException(sql("23505")), true),
                arguments("a serialization failure", new PersistenceException(sql("40001")), true),
                arguments("a PostgreSQL deadlock", new PersistenceException(sql("40P01")), true),
                arguments("an H2 lock timeout", new PersistenceException(sql("HYT00")), true),
                arguments("an H2 concurrent update", new PersistenceException(sql("90131")), true),
                arguments("a failure without a state", new PersistenceException(new SQLException("no state")), false),
                arguments("a not-null violation is a bug", new PersistenceException(sql("23502")), false),
                arguments("a foreign key violation is a bug", new PersistenceException(sql("23503")), false),
                arguments("a refusal for the learner", new AttemptRefusedException("attempt.limitReached", "no"),
                        false),
                arguments("anything else", new IllegalStateException("broken"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void retriesOnlyWhenAnotherTransactionWonARace(String description, Throwable failure, boolean lostRace) {
        assertThat(RetryingTransactions.isLostRace(failure)).isEqualTo(lostRace);
    }

    private static SQLException sql(String state) {
        return new SQLException("database says no", state);
    }
}
