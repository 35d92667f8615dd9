package io.ketacare.session.api;

import io.ketacare.session.domain.followup.FollowUpKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpRequest", description = "An integration or follow-up appointment")
public record FollowUpRequest(
        @Schema(description = "INTEGRATION, FOLLOW_UP or RELAPSE_CHECK", example = "INTEGRATION", required = true)
        @NotNull(message = "is required") FollowUpKind kind,
        @Schema(description = "When", example = "2026-05-06T14:00:00Z", required = true) @NotNull(message = "is required") Instant scheduledAt,
        @Schema(description = "Length in minutes", example = "50", minimum = "5", maximum = "480", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 5, message = "must be between 5 and 480") @Max(value = 480, message = "must be between 5 and 480") Integer durationMinutes,
        @Schema(description = "Clinician or therapist", example = "clinician1", maxLength = 200)
        @Size(max = 200, message = "must be at most 200 characters") String clinician,
        @Schema(description = "Purpose or notes", example = "Integration after the 6th infusion", maxLength = 1000)
        @Size(max = 1000, message = "must be at most 1000 characters") String notes) {
}
