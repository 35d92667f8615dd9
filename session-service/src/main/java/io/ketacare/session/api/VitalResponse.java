package io.ketacare.session.api;

import io.ketacare.session.domain.monitoring.ReadingSource;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoredVitalReading", description = "A stored vitals reading")
public record VitalResponse(
        @Schema(description = "Reading id", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID id,
        @Schema(description = "Sender's id of the reading", example = "monitor-7:000123", maxLength = 100) String clientReadingId,
        @Schema(description = "When it was measured") Instant measuredAt,
        @Schema(description = "Systolic, mmHg", example = "132", minimum = "40", maximum = "300", format = "int32") Integer systolic,
        @Schema(description = "Diastolic, mmHg", example = "84", minimum = "20", maximum = "200", format = "int32") Integer diastolic,
        @Schema(description = "Heart rate, bpm", example = "80", minimum = "20", maximum = "250", format = "int32") Integer heartRate,
        @Schema(description = "Oxygen saturation, %", example = "97", minimum = "50", maximum = "100", format = "int32") Integer spo2,
        @Schema(description = "Respiratory rate, breaths per minute", example = "14", minimum = "2", maximum = "60", format = "int32") Integer respiratoryRate,
        @Schema(description = "MANUAL or DEVICE", example = "DEVICE") ReadingSource source,
        @Schema(description = "Who sent it", example = "nurse1", maxLength = 200) String recordedBy,
        @Schema(description = "Charted more than the protocol's charting allowance after it was measured, or after the session ended", example = "false")
        boolean lateEntry,
        @Schema(description = "Why it was charted late, as the sender gave it", example = "Monitor reconnected after transport; readings sent from its memory",
                maxLength = 500) String lateEntryReason,
        @Schema(description = "When it was charted (received by the server)") Instant recordedAt) {
}
