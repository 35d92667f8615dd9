package io.ketacare.session.api;

import io.ketacare.session.domain.monitoring.AdverseEventOutcome;
import io.ketacare.session.domain.monitoring.AdverseEventType;
import io.ketacare.session.domain.monitoring.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdverseEventRequest", description = "An adverse event during the session: type, severity, action taken and outcome")
public record AdverseEventRequest(
        @Schema(description = "Type of event", example = "NAUSEA", required = true) @NotNull(message = "is required") AdverseEventType type,
        @Schema(description = "Severity; an open SEVERE or LIFE_THREATENING event blocks discharge", example = "MILD", required = true)
        @NotNull(message = "is required") Severity severity,
        @Schema(description = "What was observed", example = "Nausea 30 min after the second device", maxLength = 1000)
        @Size(max = 1000, message = "must be at most 1000 characters") String description,
        @Schema(description = "Action taken", example = "Ondansetron 4 mg orally", maxLength = 500, required = true)
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String actionTaken,
        @Schema(description = "Outcome so far (ONGOING when absent)", example = "RESOLVED") AdverseEventOutcome outcome,
        @Schema(description = "When it began", example = "2026-05-04T09:50:00Z", required = true) @NotNull(message = "is required") Instant onsetAt) {
}
