package com.atiende.assessment.credential;

import com.atiende.domain.credential.IssuerKey;
import com.atiende.domain.credential.IssuerKeyRepository;
import com.atiende.domain.credential.RetiredIssuerKey;
import com.atiende.infrastructure.persistence.RetryingTransactions;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The keys of Open Badge credentials: the one that signs, read from the database, or generated there by the first
 * instance to need it, and the public halves of those a rotation retired. Generating is an insert of the key under a
 * fixed primary key, run by {@link RetryingTransactions}: when two instances start together, the second insert fails
 * on the key, is run again, and this time reads the first instance's key, so a cluster always signs with one key.
 *
 * <p>Every answer is read from the database rather than kept by the instance, so that after a rotation every
 * instance of a cluster signs with the new key and publishes the same set. Retired keys stay published for good: the
 * credentials they signed must keep verifying.
 *
 * <p>RSA 3072 with RS256: every JOSE library verifies it, and Nimbus needs no further provider for it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IssuerKeys {

    private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());
    private static final int KEY_BITS = 3072;

    @Inject
    private IssuerKeyRepository keyStore;

    @EJB
    private RetryingTransactions transactions;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        RSAKey signingKey = signingKey();
        LOG.info(() -> "Open Badge credentials are signed with the key " + signingKey.getKeyID());
    }

    /** The private key credentials are signed with now. */
    public RSAKey signingKey() {
        return transactions.run(this::findOrCreate);
    }

    /** The public keys to verify credentials with, as published: the signing key first, then the retired ones. */
    public JWKSet publicKeys() {
        List<JWK> keys = new ArrayList<>();
        keys.add(signingKey().toPublicJWK());
        keyStore.retired(IssuerKey.OPEN_BADGES).stream()
                .map(IssuerKeys::publicKeyOf)
                .forEach(keys::add);
        return new JWKSet(keys);
    }

    /** A rotation: the key it retired (null when there was none yet) and the one that signs from then on. */
    public record Rotation(String retiredKeyId, String newKeyId) {
    }

    /**
     * Replaces the signing key with a new one and keeps the old one's public half, published with the others.
     * Credentials signed from now on name the new key; those signed before still verify with the old one.
     *
     * @return the new key's id
     */
    public String rotate() {
        return rotate(rotation -> { }).newKeyId();
    }

    /**
     * Rotates the key as {@link #rotate()} does, and runs {@code alongside} in the same transaction (the audit
     * log's record of it): both are kept or neither.
     */
    public Rotation rotate(Consumer<Rotation> alongside) {
        Rotation rotation = transactions.run(() -> {
            IssuerKey current = keyStore.find(IssuerKey.OPEN_BADGES).orElse(null);
            Instant now = clock.instant();
            Rotation done;
            if (current == null) {
                done = new Rotation(null, create(now).getKeyID());
            } else {
                RSAKey generated = generate();
                String retired = current.getKeyId();
                // Two rotations at once both retire the same key: the second insert fails on its id, and its retry
                // retires the key the first one made.
                keyStore.store(new RetiredIssuerKey(current, privateKeyOf(current).toPublicJWK().toJSONString(),
                        now));
                current.replaceWith(generated.getKeyID(), generated.toJSONString(), now);
                done = new Rotation(retired, generated.getKeyID());
            }
            alongside.accept(done);
            return done;
        });
        LOG.info(() -> "The Open Badges signing key was rotated; credentials are now signed with "
                + rotation.newKeyId());
        return rotation;
    }

    private RSAKey findOrCreate() {
        return keyStore.find(IssuerKey.OPEN_BADGES).map(IssuerKeys::privateKeyOf).orElseGet(() -> create(clock.instant()));
    }

    private RSAKey create(Instant now) {
        RSAKey generated = generate();
        keyStore.store(new IssuerKey(IssuerKey.OPEN_BADGES, generated.getKeyID(),
                JWSAlgorithm.RS256.getName(), generated.toJSONString(), now));
        return generated;
    }

    static RSAKey privateKeyOf(IssuerKey stored) {
        try {
            return RSAKey.parse(stored.getPrivateJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("The stored Open Badges key " + stored.getKeyId() + " is unreadable", e);
        }
    }

    static JWK publicKeyOf(RetiredIssuerKey retired) {
        try {
            return JWK.parse(retired.getPublicJwk()).toPublicJWK();
        } catch (ParseException e) {
            throw new IllegalStateException("The retired Open Badges key " + retired.getKeyId() + " is unreadable", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an RSA key", e);
        }
    }
}
