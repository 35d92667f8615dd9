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
        @Schema(description = "When the session was discharged or aborted; null while it is not closed") Instant sessionEndedAt,
        @Schema(description = "Due date, 7 days after the session day in the clinic's time zone", example = "2026-05-11") LocalDate dueDate,
        @Schema(description = "DUE, OVERDUE or SUBMITTED", example = "DUE") RemsStatus status,
        @Schema(description = "When it was submitted") Instant submittedAt,
        @Schema(description = """
                True when the session was dosed but not discharged or aborted within the protocol's time after the dose start \
                (default 360 min): it is listed as due (or overdue) and a SESSION_NOT_CLOSED alert is raised""", example = "false")
        boolean sessionNotClosed) implements PatientScoped {
}
