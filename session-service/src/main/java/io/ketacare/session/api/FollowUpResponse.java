package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import io.ketacare.session.domain.followup.FollowUpKind;
import io.ketacare.session.domain.followup.FollowUpStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUp", description = "An integration or follow-up appointment")
public record FollowUpResponse(
        @Schema(description = "Follow-up id", example = "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Kind", example = "INTEGRATION") FollowUpKind kind,
        @Schema(description = "SCHEDULED, COMPLETED or CANCELLED", example = "SCHEDULED") FollowUpStatus status,
        @Schema(description = "When") Instant scheduledAt,
        @Schema(description = "Length in minutes", example = "50", minimum = "5", maximum = "480", format = "int32") int durationMinutes,
        @Schema(description = "Clinician or therapist", example = "clinician1", maxLength = 200) String clinician,
        @Schema(description = "Purpose or notes", maxLength = 1000) String notes,
        @Schema(description = "Who booked it", example = "scheduler1", maxLength = 200) String bookedBy,
        @Schema(description = "When it was booked") Instant createdAt) implements PatientScoped {
}
