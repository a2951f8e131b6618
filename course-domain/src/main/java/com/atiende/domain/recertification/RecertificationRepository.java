package com.atiende.domain.recertification;

/**
 * Where the claims of recertification are kept, one per certificate. The JPA implementation also runs the
 * {@code Recertification.*} named queries for the list of certificates due.
 */
public interface RecertificationRepository {

    /** Whether the certificate's recertification was claimed already. */
    boolean isClaimed(long certificateId);

    /** The claim of the certificate's recertification, which must exist. */
    Recertification get(long certificateId);

    /** Stores a new claim; a second claim of the same certificate fails its primary key. */
    void store(Recertification claim);
}
