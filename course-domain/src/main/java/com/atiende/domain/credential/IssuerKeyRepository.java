package com.atiende.domain.credential;

import java.util.List;
import java.util.Optional;

/** Where the issuer's signing key and the public halves of the keys it replaced are kept. */
public interface IssuerKeyRepository {

    Optional<IssuerKey> find(String purpose);

    void store(IssuerKey key);

    /** The keys retired from this purpose, for verifying what they signed. */
    List<RetiredIssuerKey> retired(String purpose);

    void store(RetiredIssuerKey key);
}
