package com.atiende.assessment.account;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.learner.ApiToken;
import com.atiende.domain.learner.ApiTokenRepository;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.persistence.jpa.ApiTokenQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens for integrations. HR and administrators create them for themselves with explicit scopes
 * and a lifetime; the secret ({@code atd_} + 32 random bytes) is returned once and only its SHA-256 is kept, so
 * a fast exact look-up is safe (the secret has 256 bits of entropy, unlike a password).
 */
@Stateless
public class ApiTokenService {

    public static final String PREFIX = "atd_";
    /** The scope of a token for Payara's /metrics (heap, threads, pool), for an administrator's scraper. */
    public static final String METRICS_SCOPE = "metrics:read";
    public static final Set<String> SCOPES = Set.of("courses:read", "reports:read", "assignments:write", METRICS_SCOPE);
    public static final int MAX_DAYS = 365;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private LearnerRepository learners;

    @Inject
    private ApiTokenQueries tokenLists;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** A token that was just created: the secret is in here and nowhere else. */
    public record CreatedToken(long id, String secret) {
    }

    /** Who a valid token acts for, and what it may do. */
    public record TokenCaller(long learnerId, String email, Set<Role> roles, Set<String> scopes) {
    }

    @RolesAllowed({"HR", "ADMIN"})
    public CreatedToken create(long ownerId, String label, Set<String> scopes, int days) throws AccountProblem {
        if (label == null || label.isBlank() || label.length() > 120) {
            throw new AccountProblem("token.label.invalid");
        }
        if (scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            throw new AccountProblem("token.scopes.invalid", String.join(", ", SCOPES));
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new AccountProblem("token.days.invalid", MAX_DAYS);
        }
        Learner owner = learners.find(ownerId).orElseThrow(() -> new AccountProblem("account.unknown", ownerId));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(owner, label, sha256(secret), scopes, now, now.plus(Duration.ofDays(days)));
        tokens.store(token);
        audit.record(AuditAction.API_TOKEN_CREATED, owner.getEmail(), label, AuditDetail.scopes(scopes), null);
        return new CreatedToken(token.getId(), secret);
    }

    /** The owner's tokens, newest first: a page of {@code size} after this one, or from the newest when {@code after} is null. */
    @RolesAllowed({"HR", "ADMIN"})
    public List<ApiTokenView> tokensOf(long ownerId, ApiTokenView.Key after, int size) {
        return tokenLists.ofOwner(ownerId, after == null ? null : after.createdAt(), after == null ? 0 : after.id(), size)
                .stream()
                .map(token -> new ApiTokenView(token.getId(), token.getLabel(), token.getScopes().stream().sorted().toList(),
                        token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt()))
                .toList();
    }

    @RolesAllowed({"HR", "ADMIN"})
    public long countOf(long ownerId) {
        return tokenLists.countOfOwner(ownerId);
    }

    /** Revokes one of the caller's own tokens; administrators may revoke anyone's. */
    @RolesAllowed({"HR", "ADMIN"})
    public void revoke(long callerId, boolean callerIsAdmin, long tokenId) throws AccountProblem {
        ApiToken token = tokens.find(tokenId)
                .filter(found -> callerIsAdmin || found.getOwner().getId() == callerId)
                .orElseThrow(() -> new AccountProblem("token.unknown"));
        token.revoke(clock.instant());
        audit.record(AuditAction.API_TOKEN_REVOKED, token.getOwner().getEmail(), token.getLabel(), null, null);
    }

    /** The caller a presented secret stands for, if it is a live token; records the use. */
    public Optional<TokenCaller> authenticate(String secret, String sourceAddress) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(sha256(secret))
                .filter(token -> token.isUsableAt(now))
                .map(token -> {
                    token.recordUse(now);
                    audit.record(AuditAction.API_TOKEN_USED, token.getOwner().getEmail(), token.getLabel(), null, sourceAddress);
                    Learner owner = token.getOwner();
                    return new TokenCaller(owner.getId(), owner.getEmail(), owner.getRoles(), token.getScopes());
                });
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
