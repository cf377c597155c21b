package fr.chambery.cqc.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error body as RFC 9457 defines it ({@code application/problem+json}); {@code title} and
 * {@code detail} are in French, for the people who read them.
 */
public record ProblemJson(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.StatusType status, String title, String detail) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new ProblemJson("about:blank", title, status.getStatusCode(), detail))
                .build();
    }
}
