package com.atiende.assessment.notification;

import com.atiende.domain.notification.NoticeDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A kind of notification sent once per thing however many runs look for it at once (a certificate to recertify, a
 * course due by a date): what is due, how one due thing is claimed in the database, and where the outcome is
 * recorded. {@link NotificationRunService} does the rest, the same for every kind; a new kind (scheduled reports,
 * assignment rules) is one more implementation, found by {@link NotificationJob} as a CDI bean.
 *
 * <p>Each method but {@link #name} runs inside a transaction the runner began for it, and must read everything it
 * needs there: the claim may be run again, from the start, when it lost a race.
 */
public interface ClaimedNotification {

    /** What the run's log lines call this kind, e.g. "Recertification". */
    String name();

    /** The ids of the things due and not claimed yet at {@code now}, at most {@code limit}, in the order to claim. */
    List<Long> due(Instant now, int limit);

    /**
     * Claims one thing if it is still due and nobody claimed it: takes a lock that makes concurrent claims of the same
     * thing take turns, does what the claim entails and stores the claim, which a unique key stands behind.
     *
     * @param claimedBy the instance claiming it, for whoever reads the claims
     * @return the message to send once the claim committed; empty when there is nothing to tell (claimed elsewhere,
     *         no longer due)
     */
    Optional<Notice> claim(long dueId, Instant now, String claimedBy);

    /** Records what became of the message of a claim ({@link Notice#claimId}). */
    void record(long claimId, NoticeDelivery delivery, Instant at);
}
