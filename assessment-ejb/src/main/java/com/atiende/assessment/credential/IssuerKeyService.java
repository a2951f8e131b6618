package com.atiende.assessment.credential;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.credential.IssuerKey;
import com.atiende.domain.credential.IssuerKeyRepository;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The administrators' view of the Open Badges signing key: the key that signs now and those a rotation retired, which
 * stay published so that what they signed still verifies; and the rotation itself, audit-logged with it in one
 * transaction. Rotating is for a key that may have leaked, or a policy's period: credentials already issued keep
 * verifying, so nobody has to download theirs again.
 */
@Stateless
@RolesAllowed("ADMIN")
public class IssuerKeyService {

    @EJB
    private IssuerKeys keys;

    @Inject
    private IssuerKeyRepository keyStore;

    @Inject
    private PublicAddresses addresses;

    @Inject
    private AuditService audit;

    /** The signing key, and the retired ones, most recently retired first. */
    public record SigningKeys(SigningKeyView current, List<SigningKeyView> retired) implements Serializable {

        public SigningKeys {
            retired = List.copyOf(retired);
        }
    }

    public SigningKeys keys() {
        // Made by the first instance that starts; asked for here so that the page never finds none.
        keys.signingKey();
        IssuerKey current = keyStore.find(IssuerKey.OPEN_BADGES).orElseThrow();
        SigningKeyView signing = view(current.getKeyId(), IssuerKeys.privateKeyOf(current), current.getCreatedAt(), null);
        List<SigningKeyView> retired = keyStore.retired(IssuerKey.OPEN_BADGES).stream()
                .map(key -> view(key.getKeyId(), IssuerKeys.publicKeyOf(key), key.getCreatedAt(), key.getRetiredAt()))
                .toList();
        return new SigningKeys(signing, retired);
    }

    /**
     * Retires the signing key for a new one and records who did it ({@code ISSUER_KEY_ROTATED}: the new key as
     * subject, the retired one as detail). Not in a transaction of the caller's: the rotation runs in its own, which
     * {@link IssuerKeys} retries when another instance rotates at the same moment.
     *
     * @return the new key's address, the {@code kid} of the credentials signed from now on
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String rotate(String actor, String sourceAddress) {
        IssuerKeys.Rotation rotation = keys.rotate(done -> audit.record(AuditAction.ISSUER_KEY_ROTATED, actor,
                done.newKeyId(), AuditDetail.keyRotation(done.retiredKeyId()), sourceAddress));
        return addresses.issuerKey(rotation.newKeyId());
    }

    private SigningKeyView view(String keyId, JWK key, Instant createdAt, Instant retiredAt) {
        return new SigningKeyView(keyId, addresses.issuerKey(keyId), createdAt, retiredAt, fingerprint(key));
    }

    /** SHA-256 of the public key's SubjectPublicKeyInfo, as {@code openssl pkey -pubin -outform DER | sha256sum}. */
    static String fingerprint(JWK key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toRSAKey().toPublicKey().getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (JOSEException e) {
            throw new IllegalStateException("the key " + key.getKeyID() + " has no public half", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
