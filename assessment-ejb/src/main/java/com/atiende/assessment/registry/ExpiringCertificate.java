package com.atiende.assessment.registry;

import com.atiende.domain.notification.NoticeDelivery;
import com.atiende.domain.recertification.Recertification;
import java.io.Serializable;
import java.time.Instant;

/**
 * A certificate about to expire, with where its recertification stands.
 *
 * @param outcome      what the recertification job did, or null when it has not reached it yet
 * @param notification whether the holder was told, or null likewise
 */
public record ExpiringCertificate(long certificateId, String holderName, String holderEmail, String department,
                                  String courseTitle, Instant expiresAt, Recertification.Outcome outcome,
                                  NoticeDelivery notification) implements Serializable {
}
