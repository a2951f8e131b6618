package com.atiende.api;

import com.atiende.assessment.certificate.CertificateService;
import com.atiende.assessment.certificate.Verification;
import com.atiende.assessment.credential.CodeFormat;
import com.atiende.web.common.ApiText;
import com.atiende.web.verify.ClientAddress;
import com.atiende.web.verify.VerificationRateLimit;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Public certificate verification for programs: the same answer as the /verify page, as JSON, without a token. An
 * unknown code gets its status and nothing else; text that cannot be a code is a 400; over the client's limit, 429.
 */
@Path("/v1/verifications/{code}")
@RequestScoped
public class VerificationResource {

    @EJB
    private CertificateService certificates;

    @Inject
    private VerificationRateLimit rateLimit;

    @Inject
    private ClientAddress clientAddress;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the certificate with this code is valid, expired, revoked or unknown (no token needed)")
    public Response verify(@PathParam("code") String code) {
        VerificationRateLimit.Admission admission = rateLimit.admit(clientAddress.of(request));
        if (!admission.granted()) {
            return PublicApi.tooManyRequests(admission, ClientLanguages.of(headers));
        }
        Optional<String> wellFormed = CodeFormat.wellFormed(code);
        if (wellFormed.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    ApiText.say(ClientLanguages.of(headers), "problem.code"));
        }
        Verification verification = certificates.verify(wellFormed.get());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", verification.code())
                .add("status", verification.status().name().toLowerCase(Locale.ROOT));
        if (verification.status() != Verification.Status.UNKNOWN) {
            json.add("holderName", verification.holderName())
                    .add("courseTitle", verification.courseTitle())
                    .add("courseVersion", verification.courseVersion())
                    .add("issuedAt", verification.issuedAt().toString())
                    .add("expiresAt", verification.expiresAt().toString());
            if (verification.revokedAt() != null) {
                json.add("revokedAt", verification.revokedAt().toString());
            }
            if (verification.finalAssessmentTitle() != null) {
                json.add("finalAssessment", verification.finalAssessmentTitle());
            }
        }
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
    }
}
