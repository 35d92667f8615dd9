package io.ketacare.session.api;

import io.ketacare.session.domain.predose.PregnancyTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PreDoseCheck", description = "The latest passed pre-dose check of a session")
public record PreDoseCheckResponse(
        @Schema(description = "Systolic, mmHg", example = "128", minimum = "40", maximum = "300", format = "int32") int systolic,
        @Schema(description = "Diastolic, mmHg", example = "82", minimum = "20", maximum = "200", format = "int32") int diastolic,
        @Schema(description = "Heart rate, bpm", example = "76", minimum = "20", maximum = "250", format = "int32") int heartRate,
        @Schema(description = "Oxygen saturation, %", example = "98", minimum = "50", maximum = "100", format = "int32") int spo2,
        @Schema(description = "Weight of the day, kg", example = "72.5", minimum = "20", maximum = "400") BigDecimal weightKg,
        @Schema(description = "Last solid food") Instant lastFoodAt,
        @Schema(description = "Last drink") Instant lastLiquidAt,
        @Schema(description = "Escort confirmed", example = "true") boolean escortConfirmed,
        @Schema(description = "Pregnancy test", example = "NOT_APPLICABLE") PregnancyTest pregnancyTest,
        @Schema(description = "New interacting medication since screening", example = "false") boolean newInteractingMedication,
        @Schema(description = "Concomitant medications") ConcomitantMedications concomitantMedications,
        @Schema(description = "Blood-pressure override reason, when the clinician overrode the limit", maxLength = 500) String bloodPressureOverrideReason,
        @Schema(description = "Who performed the check", example = "nurse1", maxLength = 200) String checkedBy,
        @Schema(description = "When the check passed") Instant checkedAt,
        @Schema(description = "The patient's last recorded weight before this check, kg (absent for the first check of the patient)", example = "72.0",
                minimum = "20", maximum = "400") BigDecimal previousWeightKg,
        @Schema(description = "Clinician who confirmed a weight that changed beyond the protocol's limit", example = "clinician1", maxLength = 200)
        String weightConfirmedBy,
        @Schema(description = "Why the clinician confirmed the weight", example = "Weighed twice; weight loss confirmed", maxLength = 500)
        String weightConfirmationReason) {
}
