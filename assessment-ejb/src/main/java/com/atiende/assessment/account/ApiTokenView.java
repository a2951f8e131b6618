package com.atiende.assessment.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A personal API token as its owner lists it: never its secret, which is shown once when it is created.
 *
 * @param scopes     alphabetically
 * @param lastUsedAt null when never used
 * @param revokedAt  null while not revoked
 */
public record ApiTokenView(long id, String label, List<String> scopes, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, Instant revokedAt) implements Serializable {

    public ApiTokenView {
        scopes = List.copyOf(scopes);
    }

    /** Where this token stands in its owner's list, newest first: the next page starts after it. */
    public Key key() {
        return new Key(createdAt, id);
    }

    /** A position in an owner's tokens: when it was created, and the id among tokens created then. */
    public record Key(Instant createdAt, long id) implements Serializable {
    }
}
