package com.atiende.domain.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A signing key that a rotation replaced, kept by its public half only: credentials it signed stay verifiable
 * because it stays published, and nothing can sign with it again because its private half is gone.
 */
@Entity
@Table(name = "retired_issuer_key")
@NamedQuery(name = "RetiredIssuerKey.findByPurpose",
        query = "SELECT k FROM RetiredIssuerKey k WHERE k.purpose = :purpose ORDER BY k.retiredAt DESC, k.keyId")
public class RetiredIssuerKey {

    @Id
    @Column(name = "key_id", length = 100)
    private String keyId;

    @Column(name = "purpose", nullable = false, length = 40)
    private String purpose;

    @Column(name = "algorithm", nullable = false, length = 16)
    private String algorithm;

    @Column(name = "public_jwk", nullable = false, length = 8000)
    private String publicJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected RetiredIssuerKey() {
        // for JPA
    }

    /**
     * Retires a key.
     *
     * @param publicJwk the key's public half as a JSON Web Key; the caller strips the private half, since reading
     *                  a JWK is the JOSE library's business, not the domain's
     */
    public RetiredIssuerKey(IssuerKey retired, String publicJwk, Instant retiredAt) {
        this.keyId = retired.getKeyId();
        this.purpose = retired.getPurpose();
        this.algorithm = retired.getAlgorithm();
        this.publicJwk = Objects.requireNonNull(publicJwk, "publicJwk");
        this.createdAt = retired.getCreatedAt();
        this.retiredAt = Objects.requireNonNull(retiredAt, "retiredAt");
    }

    public String getKeyId() {
        return keyId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
