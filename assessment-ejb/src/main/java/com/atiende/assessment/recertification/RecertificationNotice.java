package com.atiende.assessment.recertification;

import java.time.Instant;

/**
 * What a learner is told when a certificate was claimed for recertification.
 *
 * @param language      the learner's language ("es" or "en")
 * @param courseVersion the version of the course they are now enrolled in
 */
public record RecertificationNotice(long certificateId, String email, String name, String language,
                                    String courseTitle, int courseVersion, Instant expiresAt) {
}
