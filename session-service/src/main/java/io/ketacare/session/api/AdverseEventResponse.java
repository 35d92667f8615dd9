package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import io.ketacare.session.domain.monitoring.AdverseEventOutcome;
import io.ketacare.session.domain.monitoring.AdverseEventType;
import io.ketacare.session.domain.monitoring.Severity;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdverseEvent", description = "An adverse event recorded during a session")
public record AdverseEventResponse(
        @Schema(description = "Adverse event id", example = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b") UUID id,
        @Schema(description = "Session id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID sessionId,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Type", example = "NAUSEA") AdverseEventType type,
        @Schema(description = "Severity", example = "MILD") Severity severity,
        @Schema(description = "What was observed", example = "Nausea 30 min after the second device", maxLength = 1000) String description,
        @Schema(description = "Action taken", example = "Ondansetron 4 mg orally", maxLength = 500) String actionTaken,
        @Schema(description = "Outcome", example = "RESOLVED") AdverseEventOutcome outcome,
        @Schema(description = "When it began") Instant onsetAt,
        @Schema(description = "When it resolved or was transferred") Instant resolvedAt,
        @Schema(description = "Note on the outcome", maxLength = 500) String outcomeNote,
        @Schema(description = "Who recorded it", example = "nurse1", maxLength = 200) String recordedBy,
        @Schema(description = "Version (also its ETag)", example = "0", minimum = "0", maximum = "1000000000", format = "int64") long version)
        implements PatientScoped {
}
