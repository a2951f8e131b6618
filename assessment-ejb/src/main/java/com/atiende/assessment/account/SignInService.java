package com.atiende.assessment.account;

import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.SignInRecords;
import com.atiende.domain.learner.SignInThrottle;
import com.atiende.domain.learner.TrustedDevice;
import com.atiende.infrastructure.security.PasswordHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks an e-mail and password. Failures are counted per account and per source address in the database
 * (so every instance of a cluster sees them); five failures within fifteen minutes lock that account (fifty, that
 * source address) for fifteen minutes, except for the browsers the account signed in from before, which carry a
 * device cookie ({@link TrustedDevice}) and are counted each on its own. Unknown accounts cost as much time as known
 * ones and get the same answer.
 */
@Stateless
public class SignInService {

    /** How long a browser that signed in stays trusted: its device cookie lives as long. */
    public static final Duration DEVICE_TRUST = TrustedDevice.LIFETIME;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private SignInRecords records;

    @Inject
    private LearnerRepository learners;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Signs in with an e-mail and password from a source address and, when the browser has one, the token of its
     * device cookie. Failures from a browser the account signed in from before (its device cookie vouches for the
     * account) count against that browser alone; all others count against the account, so that five wrong guesses
     * from anywhere lock out every browser but the owner's. The source's own limit applies to everyone.
     */
    public SignInOutcome signIn(String email, char[] password, String sourceAddress, String deviceToken) {
        Instant now = clock.instant();
        String account = email == null ? "" : email.strip().toLowerCase();
        Optional<TrustedDevice> device = trustedDevice(deviceToken, account, now);
        SignInThrottle guard = records.throttle(device.map(known -> "device:" + known.getTokenHash())
                .orElse("account:" + account), now);
        SignInThrottle sourceThrottle = records.throttle("source:" + sourceAddress, now);
        if (guard.isLockedAt(now) || sourceThrottle.isLockedAt(now)) {
            audit.record(AuditAction.LOGIN_THROTTLED, account, null, null, sourceAddress);
            return SignInOutcome.throttledNow();
        }
        Optional<Learner> learner = account.isEmpty() ? Optional.empty() : learners.findByEmail(account);
        boolean valid = passwords.verify(password, learner.map(Learner::getPasswordHash).orElse(null))
                && learner.get().isActive();
        if (!valid) {
            guard.recordFailure(now, SignInThrottle.MAX_ACCOUNT_FAILURES);
            sourceThrottle.recordFailure(now, SignInThrottle.MAX_SOURCE_FAILURES);
            audit.record(AuditAction.LOGIN_FAILED, account, null, null, sourceAddress);
            return SignInOutcome.refused();
        }
        guard.clear();
        Learner person = learner.get();
        audit.record(AuditAction.LOGIN_SUCCEEDED, person.getEmail(), null, null, sourceAddress);
        return SignInOutcome.success(signedIn(person), device.isPresent() ? null : trustThisBrowser(account, now));
    }

    private Optional<TrustedDevice> trustedDevice(String token, String account, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return records.trustedDevice(TrustedDevice.hash(token)).filter(device -> device.vouchesFor(account, now));
    }

    /** A new device cookie's token for the browser that just signed in, its hash kept. */
    private String trustThisBrowser(String account, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        records.store(new TrustedDevice(token, account, now));
        return token;
    }

    /** The current state of a signed-in person, or empty once the account is gone or deactivated. */
    public Optional<SignedIn> refresh(long learnerId) {
        return learners.find(learnerId).filter(Learner::isActive).map(SignInService::signedIn);
    }

    static SignedIn signedIn(Learner learner) {
        return new SignedIn(learner.getId(), learner.getEmail(), learner.getDisplayName(),
                learner.getPreferredLanguage(), learner.getRoles());
    }
}
