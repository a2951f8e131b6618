package com.atiende.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The one way passwords are hashed and checked: PBKDF2 with HMAC-SHA512, 210,000 iterations (OWASP's 2023
 * figure for this PRF), a 32-byte random salt per password and a 64-byte key, through Jakarta Security's
 * {@link Pbkdf2PasswordHash}. The stored form carries its own parameters, so raising them later still verifies
 * old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 210_000;

    /** Letters and digits without look-alikes, for passwords a person has to type once. */
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Checked against when the account does not exist, so that the answer takes as long either way. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = hash(generateTemporaryPassword().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash == null ? decoyHash : storedHash) && storedHash != null;
    }

    /** A random password for a new account or a reset, shown once to the administrator who asked for it. */
    public String generateTemporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}
