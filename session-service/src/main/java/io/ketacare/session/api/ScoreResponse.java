package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import io.ketacare.session.domain.monitoring.ScoreInstrument;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionScore", description = "A recorded sedation or dissociation score")
public record ScoreResponse(
        @Schema(description = "Score id", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a") UUID id,
        @Schema(description = "Session id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID sessionId,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "MOAA_S or CADSS", example = "MOAA_S") ScoreInstrument instrument,
        @Schema(description = "Score", example = "5", minimum = "0", maximum = "92", format = "int32") int score,
        @Schema(description = "When it was rated") Instant measuredAt,
        @Schema(description = "Who rated it", example = "nurse1", maxLength = 200) String recordedBy,
        @Schema(description = "Charted more than the protocol's charting allowance after it was measured, or after the session ended", example = "false")
        boolean lateEntry,
        @Schema(description = "Why it was charted late, as the sender gave it", example = "Monitor reconnected after transport; readings sent from its memory",
                maxLength = 500) String lateEntryReason,
        @Schema(description = "When it was charted (received by the server)") Instant recordedAt) implements PatientScoped {
}
