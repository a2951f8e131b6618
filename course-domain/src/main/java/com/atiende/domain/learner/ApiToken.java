package com.atiende.domain.learner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A personal API token for an integration (an HR system pulling reports). Only the SHA-256 of the secret is
 * stored, so a database leak does not leak usable tokens; the secret is shown once, when it is created. A
 * token acts for its owner, limited to its scopes, until it is revoked or expires.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t JOIN FETCH t.owner WHERE t.secretHash = :hash")
@NamedQuery(name = "ApiToken.ofOwner", query = "SELECT t FROM ApiToken t WHERE t.owner.id = :owner"
        + " ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = "ApiToken.ofOwnerAfter", query = "SELECT t FROM ApiToken t WHERE t.owner.id = :owner"
        + " AND (t.createdAt < :createdAt OR (t.createdAt = :createdAt AND t.id < :id))"
        + " ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = "ApiToken.countOfOwner", query = "SELECT COUNT(t) FROM ApiToken t WHERE t.owner.id = :owner")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Learner owner;

    @Column(name = "label", nullable = false, length = 120)
    private String label;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_scope", joinColumns = @JoinColumn(name = "api_token_id"))
    @Column(name = "scope", nullable = false, length = 40)
    private Set<String> scopes = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(Learner owner, String label, String secretHash, Set<String> scopes, Instant createdAt,
                    Instant expiresAt) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.label = Objects.requireNonNull(label, "label").strip();
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one scope");
        }
        this.scopes = new TreeSet<>(scopes);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token must expire after it is created");
        }
        this.expiresAt = expiresAt;
    }

    /** Whether the token may be used at {@code now}: not revoked, not expired, owner still active. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && owner.isActive();
    }

    public boolean allows(String scope) {
        return scopes.contains(scope);
    }

    public void recordUse(Instant at) {
        lastUsedAt = at;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Learner getOwner() {
        return owner;
    }

    public String getLabel() {
        return label;
    }

    public Set<String> getScopes() {
        return Collections.unmodifiableSet(scopes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
