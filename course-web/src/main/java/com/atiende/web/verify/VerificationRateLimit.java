package com.atiende.web.verify;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most ATIENDE_VERIFY_RATE_LIMIT (30) certificate verifications per client address and minute, page and API
 * together: plenty for a person or an HR system checking a pile of certificates, far too few to walk the space of
 * codes. Fixed one-minute windows, counted in memory.
 *
 * <p>The count is per instance: behind a load balancer that spreads a client over n instances, it gets up to n times
 * the limit, which still leaves guessing hopeless (codes have about 59 bits). Memory is bounded: past
 * {@link #MAX_CLIENTS} addresses, windows that have ended are dropped, and if every one is still open, new
 * addresses share one overflow window, so a flood of addresses limits itself.
 */
@ApplicationScoped
public class VerificationRateLimit {

    static final int MAX_CLIENTS = 10_000;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String OVERFLOW = "overflow";

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "atiende.verify.rate.limit", defaultValue = "30")
    int limit;

    /** For CDI. */
    protected VerificationRateLimit() {
    }

    /** For tests. */
    VerificationRateLimit(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    @PostConstruct
    void check() {
        if (limit < 1) {
            throw new IllegalStateException("atiende.verify.rate.limit must be at least 1, is " + limit);
        }
    }

    /** Counts one verification by the client; false when it is over the limit for the current minute. */
    public boolean tryAcquire(String client) {
        long window = clock.millis() / WINDOW.toMillis();
        String key = client;
        if (windows.size() >= MAX_CLIENTS && !windows.containsKey(client)) {
            windows.values().removeIf(open -> open.number() != window);
            if (windows.size() >= MAX_CLIENTS) {
                key = OVERFLOW;
            }
        }
        Window counted = windows.compute(key, (address, open) ->
                open == null || open.number() != window ? new Window(window, 1) : new Window(window, open.count() + 1));
        return counted.count() <= limit;
    }

    /** Seconds until the current window ends, for a Retry-After header. */
    public long secondsToNextWindow() {
        long millis = WINDOW.toMillis() - clock.millis() % WINDOW.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private record Window(long number, int count) {
    }
}
