package io.ketacare.session.api;

import io.ketacare.session.domain.session.SessionStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionHistoryEntry", description = "One change of a session: booking, reschedule, state change, authorization change")
public record HistoryEntryResponse(
        @Schema(description = "What happened", example = "RESCHEDULED", maxLength = 40) String type,
        @Schema(description = "State after the change", example = "SCHEDULED") SessionStatus status,
        @Schema(description = "Room at that point", example = "0b6f3c2a-1d4e-4f5a-8b6c-7d8e9f0a1b2c") UUID roomId,
        @Schema(description = "Start of the booked period at that point") Instant start,
        @Schema(description = "End of the booked period at that point") Instant end,
        @Schema(description = "Reason or detail", example = "Patient asked for the next day", maxLength = 500) String detail,
        @Schema(description = "Who made the change", example = "scheduler1", maxLength = 200) String actor,
        @Schema(description = "When") Instant occurredAt) {
}
