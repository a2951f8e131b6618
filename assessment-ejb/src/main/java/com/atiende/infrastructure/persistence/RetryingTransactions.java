package com.atiende.infrastructure.persistence;

import com.atiende.assessment.ConflictException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a unit of work in a transaction of its own and runs it again, from the start, when it lost a race: another
 * transaction committed first and this one failed its optimistic check (row version) or a unique key (one answer
 * per decision, one open enrolment, one certificate per enrolment, one attempt per number). Run again, the work
 * reads what the winner wrote and comes to the right answer: a repeated reply returns the recorded outcome, a
 * completion finds the certificate already issued. A retry cannot happen inside the failed transaction, which is
 * why this bean manages its transactions itself and why services call it with none of their own.
 *
 * <p>The work is flushed before commit so that conflicts surface as persistence exceptions here, and must read
 * everything it needs inside (the retried run sees a fresh persistence context). Work that keeps losing races is
 * refused as {@code request.conflict} after {@link #RUNS} runs.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class RetryingTransactions {

    /** Runs of the work at most: the first, and retries. Losing more than twice in a row needs a crowd. */
    static final int RUNS = 4;

    /**
     * SQL states of a lost race: unique key violation, serialization failure, PostgreSQL's deadlock, H2's lock
     * timeout and concurrent update. Other integrity violations (not null, foreign key, check) are bugs, not races.
     */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01", "HYT00", "90131");

    /** EclipseLink's own exception, found in the causes when the JPA one is not (the provider is not a dependency). */
    private static final String PROVIDER_OPTIMISTIC_LOCK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    private static final Logger LOG = Logger.getLogger(RetryingTransactions.class.getName());

    @Resource
    private UserTransaction transaction;

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    /** Runs the work in a new transaction, retried when it lost a race; the work's own exceptions pass through. */
    public <T> T run(Supplier<T> work) {
        for (int run = 1; ; run++) {
            try {
                transaction.begin();
                T result = work.get();
                entityManager.flush();
                transaction.commit();
                return result;
            } catch (Exception e) {
                rollback();
                if (!isLostRace(e)) {
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
                if (run == RUNS) {
                    throw new ConflictException("request.conflict", "lost " + RUNS + " races in a row: " + e);
                }
                LOG.log(Level.FINE, "Lost a race, running again: {0}", e.toString());
            }
        }
    }

    /** Whether a failure means another transaction committed a conflicting change first. */
    static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getName().equals(PROVIDER_OPTIMISTIC_LOCK)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Could not roll back", e);
        }
    }
}
