package io.ketacare.session.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RescheduleRequest", description = "Moves a scheduled session; the old period is kept in the session's history")
public record RescheduleRequest(
        @Schema(description = "New start", example = "2026-05-05T09:00:00Z", required = true) @NotNull(message = "is required") Instant start,
        @Schema(description = "New length in minutes; the current length when absent", example = "150", minimum = "1", maximum = "720", format = "int32")
        @Min(value = 1, message = "must be between 1 and 720") @Max(value = 720, message = "must be between 1 and 720") Integer durationMinutes,
        @Schema(description = "New room; the current room when absent", example = "0b6f3c2a-1d4e-4f5a-8b6c-7d8e9f0a1b2c") UUID roomId,
        @Schema(description = "Why it moves", example = "Patient asked for the next day", maxLength = 500, required = true)
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
