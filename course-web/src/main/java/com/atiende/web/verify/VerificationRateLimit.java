package com.atiende.web.verify;

import com.atiende.infrastructure.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most ATIENDE_VERIFY_RATE_LIMIT (30) certificate verifications per client address in any sixty seconds, page and
 * API together: plenty for a person or an HR system checking a pile of certificates, far too few to walk the space
 * of codes. The window slides (each client's last checks are remembered by time) rather than restarting on the
 * minute, so nobody gets twice the limit across a minute's end and a refused client is told exactly when it may ask
 * again. Only checks that were answered count: hammering while refused does not prolong the wait.
 *
 * <p>The count is per instance: behind a load balancer that spreads a client over n instances, it gets up to n times
 * the limit, which still leaves guessing hopeless (codes have about 59 bits). Memory is bounded to
 * {@link #MAX_REMEMBERED_CHECKS} check times: past that many clients' worth, clients idle for a minute are dropped,
 * and if none is, new addresses share one overflow client, so a flood of addresses limits itself.
 */
@ApplicationScoped
public class VerificationRateLimit {

    static final int MAX_REMEMBERED_CHECKS = 300_000;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String OVERFLOW = "overflow";

    private final ConcurrentMap<String, RecentChecks> clients = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    private int limit;

    /** For CDI. */
    protected VerificationRateLimit() {
    }

    /** For tests. */
    VerificationRateLimit(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    @Inject
    void configure(Settings settings) {
        limit = settings.verifyRateLimit();
    }

    @PostConstruct
    void check() {
        if (limit < 1 || limit > MAX_REMEMBERED_CHECKS) {
            throw new IllegalStateException(
                    "ATIENDE_VERIFY_RATE_LIMIT must be between 1 and " + MAX_REMEMBERED_CHECKS + ", is " + limit);
        }
    }

    /** How many clients are remembered at most: each remembers up to {@link #limit} check times. */
    int maxClients() {
        return MAX_REMEMBERED_CHECKS / limit;
    }

    /** Counts one verification by the client if it is within the limit; otherwise says when it may ask again. */
    public Admission admit(String client) {
        long now = clock.millis();
        String key = client;
        if (clients.size() >= maxClients() && !clients.containsKey(client)) {
            for (String known : clients.keySet()) {
                clients.computeIfPresent(known, (address, checks) -> checks.idleAt(now) ? null : checks);
            }
            if (clients.size() >= maxClients()) {
                key = OVERFLOW;
            }
        }
        long[] waitMillis = new long[1];
        clients.compute(key, (address, known) -> {
            RecentChecks checks = known == null ? new RecentChecks(limit) : known;
            waitMillis[0] = checks.countOrWait(now);
            return checks;
        });
        return waitMillis[0] == 0 ? Admission.GRANTED : new Admission(false, Math.max(1, (waitMillis[0] + 999) / 1000));
    }

    /**
     * Whether a verification may go ahead; when it may not, the whole seconds until it may (for Retry-After).
     */
    public record Admission(boolean granted, long retryAfterSeconds) {
        static final Admission GRANTED = new Admission(true, 0);
    }

    /** The times of one client's last answered checks, at most limit of them, in a ring with the oldest first. */
    private static final class RecentChecks {

        private final long[] times;
        private int oldest;
        private int count;

        RecentChecks(int limit) {
            times = new long[limit];
        }

        /** Counts a check at now and answers 0, or answers the milliseconds until the oldest leaves the window. */
        synchronized long countOrWait(long now) {
            if (count < times.length) {
                times[(oldest + count++) % times.length] = now;
                return 0;
            }
            long freedAt = times[oldest] + WINDOW.toMillis();
            if (freedAt > now) {
                return freedAt - now;
            }
            times[oldest] = now;
            oldest = (oldest + 1) % times.length;
            return 0;
        }

        synchronized boolean idleAt(long now) {
            return count == 0 || times[(oldest + count - 1) % times.length] + WINDOW.toMillis() <= now;
        }
    }
}
