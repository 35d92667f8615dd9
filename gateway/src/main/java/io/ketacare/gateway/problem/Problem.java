package io.ketacare.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * The RFC 9457 problem body the gateway itself answers with; the same shape as the
 * services' {@code Problem} schema (type, title, status, detail, instance, requestId).
 */
public record Problem(String type, String title, int status, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BASE = "https://ketacare.dev/problems/";

    public JsonObject toJson() {
        return new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .put("requestId", requestId);
    }

    /** Ends the response with this problem; {@code retryAfterSeconds} may be null. */
    public void send(HttpServerResponse response, Integer retryAfterSeconds) {
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE);
        if (retryAfterSeconds != null) {
            response.putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        response.end(toJson().toBuffer());
    }
}
