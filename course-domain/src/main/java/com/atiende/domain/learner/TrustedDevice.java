package com.atiende.domain.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A browser someone signed in from, known by the random token of its device cookie (OWASP's "device cookies"):
 * failed sign-ins from it count against the device, not the account, so that someone guessing passwords elsewhere
 * cannot lock the owner out. Only a SHA-256 of the token is kept, as for API tokens.
 */
@Entity
@Table(name = "trusted_device")
public class TrustedDevice {

    /** How long a browser stays trusted after the sign-in that made it so. */
    public static final Duration LIFETIME = Duration.ofDays(180);

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "account", length = 254, nullable = false)
    private String account;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected TrustedDevice() {
        // for JPA
    }

    /**
     * @param token   the device cookie's value
     * @param account the account, as sign-in normalises it (lower case)
     */
    public TrustedDevice(String token, String account, Instant now) {
        this.tokenHash = hash(token);
        this.account = Objects.requireNonNull(account, "account");
        this.expiresAt = now.plus(LIFETIME);
    }

    /** Whether this device may sign in to the account now, counted apart from everyone else. */
    public boolean vouchesFor(String account, Instant now) {
        return this.account.equals(account) && now.isBefore(expiresAt);
    }

    /** The key a device cookie's token is kept under. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public String getTokenHash() {
        return tokenHash;
    }
}
