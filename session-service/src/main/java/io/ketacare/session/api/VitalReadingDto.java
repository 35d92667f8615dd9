package io.ketacare.session.api;

import io.ketacare.session.domain.monitoring.ReadingSource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VitalReading", description = """
        One vitals reading. clientReadingId is chosen by the sender and unique within the session, so a retried \
        batch never stores a reading twice. At least one measurement is required.""")
public record VitalReadingDto(
        @Schema(description = "Sender's id of the reading, unique within the session", example = "monitor-7:000123", maxLength = 100,
                pattern = "^[A-Za-z0-9._:-]+$", required = true)
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = "^[A-Za-z0-9._:-]+$", message = "may contain letters, digits and . _ : - only") String clientReadingId,
        @Schema(description = "When it was measured", example = "2026-05-04T09:40:00Z", required = true) @NotNull(message = "is required") Instant measuredAt,
        @Schema(description = "Systolic, mmHg", example = "132", minimum = "40", maximum = "300", format = "int32")
        @Min(value = 40, message = "must be between 40 and 300") @Max(value = 300, message = "must be between 40 and 300") Integer systolic,
        @Schema(description = "Diastolic, mmHg", example = "84", minimum = "20", maximum = "200", format = "int32")
        @Min(value = 20, message = "must be between 20 and 200") @Max(value = 200, message = "must be between 20 and 200") Integer diastolic,
        @Schema(description = "Heart rate, bpm", example = "80", minimum = "20", maximum = "250", format = "int32")
        @Min(value = 20, message = "must be between 20 and 250") @Max(value = 250, message = "must be between 20 and 250") Integer heartRate,
        @Schema(description = "Oxygen saturation, %", example = "97", minimum = "50", maximum = "100", format = "int32")
        @Min(value = 50, message = "must be between 50 and 100") @Max(value = 100, message = "must be between 50 and 100") Integer spo2,
        @Schema(description = "Respiratory rate, breaths per minute", example = "14", minimum = "2", maximum = "60", format = "int32")
        @Min(value = 2, message = "must be between 2 and 60") @Max(value = 60, message = "must be between 2 and 60") Integer respiratoryRate,
        @Schema(description = "MANUAL or DEVICE (MANUAL when absent)", example = "DEVICE") ReadingSource source,
        @Schema(description = "Why it is charted late (more than the protocol's charting allowance after it was measured, or after the session ended); kept with the reading",
                example = "Monitor reconnected after transport; readings sent from its memory", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String lateEntryReason) {
}
