package io.ketacare.session.api;

import io.ketacare.session.domain.monitoring.AdverseEventOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdverseEventOutcomeRequest", description = "The later outcome of an adverse event")
public record AdverseEventOutcomeRequest(
        @Schema(description = "New outcome", example = "RESOLVED", required = true) @NotNull(message = "is required") AdverseEventOutcome outcome,
        @Schema(description = "When it resolved or was transferred", example = "2026-05-04T10:30:00Z", required = true) @NotNull(message = "is required") Instant at,
        @Schema(description = "Note", example = "Symptoms gone, vitals back to baseline", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
