package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.learner.SignInRecords;
import com.atiende.domain.learner.SignInThrottle;
import com.atiende.domain.learner.TrustedDevice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Sign-in's throttles and trusted browsers by their keys; joins the caller's transaction. */
@ApplicationScoped
public class JpaSignInRecords implements SignInRecords {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    /** Locked for writing, so that two sign-ins racing on one subject count both their failures. */
    @Override
    public SignInThrottle throttle(String subject, Instant now) {
        SignInThrottle throttle = entityManager.find(SignInThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(subject, now);
            entityManager.persist(throttle);
        }
        return throttle;
    }

    @Override
    public Optional<TrustedDevice> trustedDevice(String tokenHash) {
        return Optional.ofNullable(entityManager.find(TrustedDevice.class, tokenHash));
    }

    @Override
    public void store(TrustedDevice device) {
        entityManager.persist(device);
    }
}
