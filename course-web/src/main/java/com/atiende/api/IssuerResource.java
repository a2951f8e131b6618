package com.atiende.api;

import com.atiende.assessment.credential.CredentialCheck;
import com.atiende.assessment.credential.OpenBadgeService;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Open Badges issuer, public: its profile (the {@code iss} of every credential), its public keys as a JWK set,
 * and the check of a presented credential. Anyone may call these without a token; checks count against the
 * client's verification limit.
 */
@Path("/v1")
@RequestScoped
public class IssuerResource {

    /** A credential is a few kilobytes; anything much larger is refused unread. */
    static final int MAX_CREDENTIAL_BYTES = 64 * 1024;

    static final String JWK_SET = "application/jwk-set+json";

    @EJB
    private OpenBadgeService openBadges;

    @Inject
    private VerificationRateLimit rateLimit;

    @Inject
    private ClientAddress clientAddress;

    @Context
    private HttpServletRequest request;

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

    @POST
    @Path("credentials/verify")
    @Consumes({"application/vc+jwt", "application/jwt", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks an Open Badge credential (VC-JWT, compact JWS in the body): signature, validity, revocation")
    public Response verify(InputStream body) throws IOException {
        VerificationRateLimit.Admission admission = rateLimit.admit(clientAddress.of(request));
        if (!admission.granted()) {
            return PublicApi.tooManyRequests(admission);
        }
        byte[] bytes = body.readNBytes(MAX_CREDENTIAL_BYTES + 1);
        if (bytes.length > MAX_CREDENTIAL_BYTES) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "A credential is at most " + MAX_CREDENTIAL_BYTES + " bytes.");
        }
        CredentialCheck check = openBadges.verify(new String(bytes, StandardCharsets.US_ASCII));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verified", check.verified());
        json.put("status", check.status().name().toLowerCase(Locale.ROOT));
        json.put("detail", check.detail());
        if (check.credentialId() != null) {
            json.put("credentialId", check.credentialId());
            json.put("holderName", check.holderName());
            json.put("courseTitle", check.courseTitle());
            json.put("validFrom", check.validFrom().toString());
            json.put("validUntil", check.validUntil().toString());
        }
        return json(json, MediaType.APPLICATION_JSON);
    }

    private static Response json(Map<String, Object> members, String mediaType) {
        return Response.ok(JSONObjectUtils.toJSONString(members), mediaType + ";charset=UTF-8").build();
    }
}
