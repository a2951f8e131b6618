package com.atiende.assessment.credential;

import com.atiende.domain.credential.IssuerKey;
import com.atiende.infrastructure.persistence.RetryingTransactions;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.ParseException;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The key that signs Open Badge credentials: read from the database at start-up, or generated there by the first
 * instance to start. Generating is an insert of the key under a fixed primary key, run by
 * {@link RetryingTransactions}: when two instances start together, the second insert fails on the key, is run
 * again, and this time reads the first instance's key, so a cluster always signs with, and publishes, one key.
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

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @EJB
    private RetryingTransactions transactions;

    @Inject
    private Clock clock;

    private volatile RSAKey signingKey;

    @PostConstruct
    void load() {
        signingKey = transactions.run(this::findOrCreate);
        LOG.info(() -> "Open Badge credentials are signed with the key " + signingKey.getKeyID());
    }

    /** The private key credentials are signed with. */
    public RSAKey signingKey() {
        return signingKey;
    }

    /** The public keys to verify credentials with, as published. */
    public JWKSet publicKeys() {
        return new JWKSet(signingKey.toPublicJWK());
    }

    /** The published JWK set as JSON members. */
    public Map<String, Object> publicKeysJson() {
        return publicKeys().toJSONObject(true);
    }

    private RSAKey findOrCreate() {
        IssuerKey stored = entityManager.find(IssuerKey.class, IssuerKey.OPEN_BADGES);
        if (stored == null) {
            RSAKey generated = generate();
            entityManager.persist(new IssuerKey(IssuerKey.OPEN_BADGES, generated.getKeyID(),
                    JWSAlgorithm.RS256.getName(), generated.toJSONString(), clock.instant()));
            return generated;
        }
        try {
            return RSAKey.parse(stored.getPrivateJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("The stored Open Badges key " + stored.getKeyId() + " is unreadable", e);
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
