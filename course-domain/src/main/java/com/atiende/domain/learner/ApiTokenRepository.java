package com.atiende.domain.learner;

import java.util.Optional;

/** Where API tokens are kept; lists of them are read through {@code ApiTokenQueries}. */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long tokenId);

    /** The token whose secret hashes to this. */
    Optional<ApiToken> findByHash(String secretHash);

    /** Stores a new token and gives it its id at once (it is shown with the secret). */
    void store(ApiToken token);
}
