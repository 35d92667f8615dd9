package io.ketacare.session.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DoseCompletionRequest", description = "The end of dosing (end of infusion, last device): the session goes on to MONITORING")
public record DoseCompletionRequest(
        @Schema(description = "When dosing ended", example = "2026-05-04T10:00:00Z", required = true) @NotNull(message = "is required") Instant endedAt,
        @Schema(description = "Why the end of dosing is charted late: required when endedAt lies more than the protocol's charting allowance "
                + "before now (the dose is then marked as a late entry with this reason and the recording user)",
                example = "Emergency in the next room", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String lateEntryReason) {
}
