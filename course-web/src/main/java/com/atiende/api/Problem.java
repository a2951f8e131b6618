package com.atiende.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem details: how every API error is answered. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    /** One member of a request that is wrong, and why: an entry of the problem's {@code errors}. */
    public record FieldError(String field, String detail) {
    }

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, List.of());
    }

    /**
     * A problem with every member of the request that is wrong listed in {@code errors} (an extension member, as in
     * RFC 9457's own example), each with its field and why; {@code detail} says them all in one text.
     */
    public static Response response(Response.Status status, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(json(status, detail, errors))
                .build();
    }

    /** The problem as the body of a response. */
    static String json(Response.Status status, String detail, List<FieldError> errors) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(error -> list.add(Json.createObjectBuilder().add("field", error.field())
                    .add("detail", error.detail())));
            problem.add("errors", list);
        }
        return problem.build().toString();
    }
}
