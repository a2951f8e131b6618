package com.atiende.assessment.account;

import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.SignInThrottle;
import com.atiende.infrastructure.security.PasswordHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an e-mail and password. Failures are counted per account and per source address in the database
 * (so every instance of a cluster sees them); five failures within fifteen minutes lock that account (fifty, that
 * source address) for fifteen minutes. Unknown accounts cost as much time as known ones and get the same answer.
 */
@Stateless
public class SignInService {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Inject
    private LearnerRepository learners;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    public SignInOutcome signIn(String email, char[] password, String sourceAddress) {
        Instant now = clock.instant();
        String account = email == null ? "" : email.strip().toLowerCase();
        SignInThrottle accountThrottle = throttle("account:" + account, now);
        SignInThrottle sourceThrottle = throttle("source:" + sourceAddress, now);
        if (accountThrottle.isLockedAt(now) || sourceThrottle.isLockedAt(now)) {
            audit.record(AuditAction.LOGIN_THROTTLED, account, null, null, sourceAddress);
            return SignInOutcome.throttledNow();
        }
        Optional<Learner> learner = account.isEmpty() ? Optional.empty() : learners.findByEmail(account);
        boolean valid = passwords.verify(password, learner.map(Learner::getPasswordHash).orElse(null))
                && learner.get().isActive();
        if (!valid) {
            accountThrottle.recordFailure(now, SignInThrottle.MAX_ACCOUNT_FAILURES);
            sourceThrottle.recordFailure(now, SignInThrottle.MAX_SOURCE_FAILURES);
            audit.record(AuditAction.LOGIN_FAILED, account, null, null, sourceAddress);
            return SignInOutcome.refused();
        }
        accountThrottle.clear();
        Learner person = learner.get();
        audit.record(AuditAction.LOGIN_SUCCEEDED, person.getEmail(), null, null, sourceAddress);
        return SignInOutcome.success(signedIn(person));
    }

    /** The current state of a signed-in person, or empty once the account is gone or deactivated. */
    public Optional<SignedIn> refresh(long learnerId) {
        return learners.find(learnerId).filter(Learner::isActive).map(SignInService::signedIn);
    }

    static SignedIn signedIn(Learner learner) {
        return new SignedIn(learner.getId(), learner.getEmail(), learner.getDisplayName(),
                learner.getPreferredLanguage(), learner.getRoles());
    }

    private SignInThrottle throttle(String subject, Instant now) {
        SignInThrottle throttle = entityManager.find(SignInThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(subject, now);
            entityManager.persist(throttle);
        }
        return throttle;
    }
}
