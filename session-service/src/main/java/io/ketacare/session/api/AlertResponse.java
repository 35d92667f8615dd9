package io.ketacare.session.api;

import io.ketacare.session.domain.monitoring.AlertKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionAlert", description = "An alert raised by a reading beyond the protocol's alert limits, or by a due time point that passed (missed vitals, a session not closed in time)")
public record AlertResponse(
        @Schema(description = "Alert id", example = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f") UUID id,
        @Schema(description = "Kind of alert", example = "BLOOD_PRESSURE_CRITICAL") AlertKind kind,
        @Schema(description = "What was seen and the limit", example = "blood pressure 204/118 mmHg exceeds the alert limit of 200/120", maxLength = 500)
        String message,
        @Schema(description = "Reading that raised it; absent for an alert about a due time point", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID readingId,
        @Schema(description = "When the reading was measured, or when the due time point passed") Instant raisedAt,
        @Schema(description = "The due time point the alert is about (missed vitals, a session not closed in time); absent for a reading's alert",
                example = "2026-05-04T10:00:00Z") Instant dueAt) {
}
