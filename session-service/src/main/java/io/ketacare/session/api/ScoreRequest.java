package io.ketacare.session.api;

import io.ketacare.session.domain.monitoring.ScoreInstrument;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreRequest", description = "A sedation (MOAA/S, 0–5, 5 = responds readily to name) or dissociation (CADSS, 0–92) score")
public record ScoreRequest(
        @Schema(description = "MOAA_S or CADSS", example = "MOAA_S", required = true) @NotNull(message = "is required") ScoreInstrument instrument,
        @Schema(description = "Score; MOAA/S 0–5, CADSS 0–92", example = "5", minimum = "0", maximum = "92", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") @Max(value = 92, message = "must be at most 92") Integer score,
        @Schema(description = "When it was rated", example = "2026-05-04T10:10:00Z", required = true) @NotNull(message = "is required") Instant measuredAt,
        @Schema(description = "Why it is charted late (more than the protocol's charting allowance after it was rated); kept with the score",
                example = "Charted after the patient was settled; rated on paper at the time", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String lateEntryReason) {
}
