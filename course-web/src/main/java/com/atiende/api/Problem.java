package com.atiende.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details: how every API error is answered. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response response(Response.Status status, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", status.getReasonPhrase())
                        .add("status", status.getStatusCode())
                        .add("detail", detail)
                        .build()
                        .toString())
                .build();
    }
}
