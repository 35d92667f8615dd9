package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import io.ketacare.session.domain.rems.RemsStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemsReport", description = "A REMS patient-monitoring form and where it stands against its due date")
public record RemsReportResponse(
        @Schema(description = "Session id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID sessionId,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "When the session was discharged") Instant sessionEndedAt,
        @Schema(description = "Due date, 7 days after the session", example = "2026-05-11") LocalDate dueDate,
        @Schema(description = "DUE, OVERDUE or SUBMITTED", example = "DUE") RemsStatus status,
        @Schema(description = "When it was submitted") Instant submittedAt) implements PatientScoped {
}
