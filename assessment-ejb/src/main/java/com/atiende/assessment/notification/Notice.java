package com.atiende.assessment.notification;

/**
 * The message a claim calls for, composed in the recipient's language while the claim's data was at hand, and sent
 * only after the claim committed.
 *
 * @param claimId the claim to record the outcome on
 * @param about   what the message is about, as the log says it: "about recertification in Escuchar y empatizar"
 */
public record Notice(long claimId, String email, String subject, String body, String about) {
}
