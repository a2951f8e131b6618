package com.atiende.domain.learner;

import java.time.Instant;
import java.util.Optional;

/** Where sign-in keeps what it must remember across requests and instances: failure counts and trusted browsers. */
public interface SignInRecords {

    /** The throttle of a subject ("account:...", "source:...", "device:..."), locked until the transaction ends, started if new. */
    SignInThrottle throttle(String subject, Instant now);

    /** The trusted browser whose device cookie hashes to this. */
    Optional<TrustedDevice> trustedDevice(String tokenHash);

    void store(TrustedDevice device);
}
