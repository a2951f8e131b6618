package com.atiende.api;

import com.atiende.web.common.ApiText;
import com.atiende.web.verify.VerificationRateLimit;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** What the public endpoints (verification, issuer) answer alike. */
final class PublicApi {

    private PublicApi() {
    }

    /** 429 with Retry-After, as problem+json. */
    static Response tooManyRequests(VerificationRateLimit.Admission refused, List<Locale> languages) {
        Response problem = Problem.response(Response.Status.TOO_MANY_REQUESTS,
                ApiText.say(languages, "problem.tooMany", Long.toString(refused.retryAfterSeconds())));
        return Response.fromResponse(problem).header("Retry-After", refused.retryAfterSeconds()).build();
    }
}
