package io.ketacare.session.api;

import io.ketacare.session.domain.Route;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesBookingRequest", description = """
        Books several sessions (e.g. the induction phase) all or nothing: when any slot conflicts, none is booked \
        and the 409 lists every conflicting slot.""")
public record SeriesBookingRequest(
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001", required = true)
        @NotNull(message = "is required") UUID patientId,
        @Schema(description = "The patient's active treatment plan", example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b", required = true)
        @NotNull(message = "is required") UUID planId,
        @Schema(description = "Room or chair for every session", example = "0b6f3c2a-1d4e-4f5a-8b6c-7d8e9f0a1b2c", required = true)
        @NotNull(message = "is required") UUID roomId,
        @Schema(description = "Route of administration of the plan", example = "INTRANASAL", required = true)
        @NotNull(message = "is required") Route route,
        @Schema(description = "Length of each session in minutes", example = "150", minimum = "1", maximum = "720", format = "int32", required = true)
        @Min(value = 1, message = "must be between 1 and 720") @Max(value = 720, message = "must be between 1 and 720") int durationMinutes,
        @Schema(description = "Start of each session", maxItems = 104, required = true)
        @NotEmpty(message = "must name at least one start") @Size(max = 104, message = "must have at most 104 starts") List<@NotNull Instant> starts) {
}
