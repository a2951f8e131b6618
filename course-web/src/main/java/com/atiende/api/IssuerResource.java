package com.atiende.api;

import com.atiende.assessment.credential.CredentialCheck;
import com.atiende.assessment.credential.OpenBadgeService;
import com.atiende.web.common.ApiText;
import com.atiende.web.verify.ClientAddress;
import com.atiende.web.verify.VerificationRateLimit;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Open Badges issuer, public: its profile (the {@code iss} of every credential), its public keys as a JWK set
 * and each at its own address (the {@code kid} of the credentials it signed), its revocation list (the
 * {@code credentialStatus} of every credential), and the check of a presented credential. Anyone may call these
 * without a token; checks count against the client's verification limit.
 */
@Path("/v1")
@RequestScoped
public class IssuerResource {

    /** A credential is a few kilobytes; anything much larger is refused unread. */
    static final int MAX_CREDENTIAL_BYTES = 64 * 1024;

    static final String JWK_SET = "application/jwk-set+json";

    static final String JWK = "application/jwk+json";

    /** What a key id of ours looks like (a base64url thumbprint); anything else is not looked up. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    @EJB
    private OpenBadgeService openBadges;

    @Inject
    private VerificationRateLimit rateLimit;

    @Inject
    private ClientAddress clientAddress;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @Context
    private Request negotiation;

    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Open Badges issuer profile of this platform")
    public Response issuer() {
        return json(openBadges.issuerProfile(), MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("issuer/jwks")
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    @Operation(summary = "The public keys that verify this platform's Open Badge credentials (JWK set)")
    public Response keys() {
        return json(openBadges.publicKeys(), JWK_SET);
    }

    /**
     * One public key, at the address a credential names as its {@code kid}: JSON unless the client asks for
     * {@value #JWK}, since verifiers fetch it without saying what they accept.
     */
    @GET
    @Path("issuer/keys/{keyId}")
    @Produces({MediaType.APPLICATION_JSON, JWK})
    @Operation(summary = "One public key of this platform's Open Badge credentials (JWK), as their kid names it")
    public Response key(@PathParam("keyId") String keyId) {
        Optional<Map<String, Object>> key = KEY_ID.matcher(keyId).matches() ? openBadges.publicKey(keyId)
                : Optional.empty();
        if (key.isEmpty()) {
            return Problem.response(Response.Status.NOT_FOUND,
                    ApiText.say(ClientLanguages.of(headers), "problem.noKey", keyId));
        }
        Variant chosen = negotiation.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
                MediaType.valueOf(JWK)).build());
        return json(key.get(), chosen == null ? MediaType.APPLICATION_JSON : chosen.getMediaType().toString());
    }

    /**
     * The revocation list every credential names as its {@code credentialStatus}. Read from the database on each
     * request and not to be reused unchecked, so that a revocation shows at once on every instance; the ETag lets a
     * verifier that checks often download it only when it changed.
     */
    @GET
    @Path("issuer/revocations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ids of this platform's revoked Open Badge credentials (1EdTech Revocation List)")
    public Response revocations() {
        String body = JSONObjectUtils.toJSONString(openBadges.revocationList());
        EntityTag tag = new EntityTag(sha256(body));
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder unchanged = negotiation.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged
                : Response.ok(body, MediaType.APPLICATION_JSON + ";charset=UTF-8");
        return answer.tag(tag).cacheControl(revalidate).build();
    }

    @POST
    @Path("credentials/verify")
    @Consumes({"application/vc+jwt", "application/jwt", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks an Open Badge credential (VC-JWT, compact JWS in the body): signature, validity, revocation")
    public Response verify(InputStream body) throws IOException {
        VerificationRateLimit.Admission admission = rateLimit.admit(clientAddress.of(request));
        if (!admission.granted()) {
            return PublicApi.tooManyRequests(admission, ClientLanguages.of(headers));
        }
        byte[] bytes = body.readNBytes(MAX_CREDENTIAL_BYTES + 1);
        if (bytes.length > MAX_CREDENTIAL_BYTES) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, ApiText.say(ClientLanguages.of(headers),
                    "problem.tooLarge", Integer.toString(MAX_CREDENTIAL_BYTES)));
        }
        CredentialCheck check = openBadges.verify(new String(bytes, StandardCharsets.US_ASCII));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verified", check.verified());
        json.put("status", check.status().name().toLowerCase(Locale.ROOT));
        json.put("detail", ApiText.say(ClientLanguages.of(headers), "credential." + check.reason().name()));
        if (check.credentialId() != null) {
            json.put("credentialId", check.credentialId());
            json.put("holderName", check.holderName());
            json.put("courseTitle", check.courseTitle());
            json.put("validFrom", check.validFrom().toString());
            json.put("validUntil", check.validUntil().toString());
        }
        return json(json, MediaType.APPLICATION_JSON);
    }

    /** A digest of the list as its ETag: a weaker hash that collided would hide a revocation behind a 304. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Response json(Map<String, Object> members, String mediaType) {
        return Response.ok(JSONObjectUtils.toJSONString(members), mediaType + ";charset=UTF-8").build();
    }
}
