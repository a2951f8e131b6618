package com.atiende.api;

import com.atiende.web.verify.VerificationRateLimit;
import jakarta.ws.rs.core.Response;

/** What the public endpoints (verification, issuer) answer alike. */
final class PublicApi {

    private PublicApi() {
    }

    /** 429 with Retry-After, as problem+json. */
    static Response tooManyRequests(VerificationRateLimit.Admission refused) {
        Response problem = Problem.response(Response.Status.TOO_MANY_REQUESTS,
                "Too many verifications from your address; try again in " + refused.retryAfterSeconds() + " s.");
        return Response.fromResponse(problem).header("Retry-After", refused.retryAfterSeconds()).build();
    }
}
