package io.ketacare.session.api;

import io.ketacare.session.domain.Route;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BookingRequest", description = """
        Books one session. The period must cover the route's dosing time plus its minimum observation \
        (session protocol); the room and the patient must be free for the whole period.""")
public record BookingRequest(
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001", required = true)
        @NotNull(message = "is required") UUID patientId,
        @Schema(description = "The patient's active treatment plan (checked with consent-service at check-in and dose)",
                example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b", required = true)
        @NotNull(message = "is required") UUID planId,
        @Schema(description = "Room or chair", example = "0b6f3c2a-1d4e-4f5a-8b6c-7d8e9f0a1b2c", required = true)
        @NotNull(message = "is required") UUID roomId,
        @Schema(description = "Route of administration of the plan", example = "INTRANASAL", required = true)
        @NotNull(message = "is required") Route route,
        @Schema(description = "Start of the session", example = "2026-05-04T09:00:00Z", required = true)
        @NotNull(message = "is required") Instant start,
        @Schema(description = "Length in minutes; at least dosing time + minimum observation of the route (intranasal: 15 + 120)",
                example = "150", minimum = "1", maximum = "720", format = "int32", required = true)
        @Min(value = 1, message = "must be between 1 and 720") @Max(value = 720, message = "must be between 1 and 720") int durationMinutes) {
}
