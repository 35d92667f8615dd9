package io.ketacare.session.api;

import io.ketacare.session.domain.monitoring.VitalsPointState;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VitalsTimePoint", description = "A time point of the session's vitals schedule and whether a blood pressure was measured around it")
public record VitalsTimePointResponse(
        @Schema(description = "When vitals are due", example = "2026-05-04T10:20:00Z") Instant dueAt,
        @Schema(description = "Why they are due, from the route's vitals schedule", example = "40 min after the dose start", maxLength = 200) String basis,
        @Schema(description = "A blood pressure measured from here ...", example = "2026-05-04T10:15:00Z") Instant windowStart,
        @Schema(description = "... to here meets the time point; none by then: missed", example = "2026-05-04T10:25:00Z") Instant windowEnd,
        @Schema(description = "MET, MISSED, DUE (window open now) or UPCOMING", example = "MET") VitalsPointState state,
        @Schema(description = "The reading that met it", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID readingId) {
}
