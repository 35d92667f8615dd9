package io.ketacare.session.api;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DoseCompletionRequest", description = "The end of dosing (end of infusion, last device): the session goes on to MONITORING")
public record DoseCompletionRequest(
        @Schema(description = "When dosing ended", example = "2026-05-04T10:00:00Z", required = true) @NotNull(message = "is required") Instant endedAt) {
}
