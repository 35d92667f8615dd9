package io.ketacare.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, the body of every error response")
public record Problem(
        @Schema(description = "Stable URI naming the kind of problem or the clinical rule",
                example = "https://ketacare.dev/problems/validation", maxLength = 200) URI type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request", maxLength = 200) String title,
        @Schema(description = "HTTP status code", example = "400", minimum = "400", maximum = "599", format = "int32") int status,
        @Schema(description = "What happened in this occurrence", example = "2 fields are invalid", maxLength = 2000) String detail,
        @Schema(description = "The request path", example = "/api/v1/patients", maxLength = 500) String instance,
        @Schema(description = "Request id, also in the X-Request-Id header and in the logs", example = "4f6d2a1c-3e7b-4b8a-9c1d-2e3f4a5b6c7d", maxLength = 100) String requestId,
        @Schema(description = "Invalid fields (400 only)", maxItems = 200) List<Violation> violations,
        @Schema(description = "Every unmet criterion of the refusing rule (422 only)", maxItems = 100) List<Criterion> criteria) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BASE = "https://ketacare.dev/problems/";

    public static URI type(String slug) {
        return URI.create(BASE + slug);
    }
}
