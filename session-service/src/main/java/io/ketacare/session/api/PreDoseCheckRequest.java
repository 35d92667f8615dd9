package io.ketacare.session.api;

import io.ketacare.session.domain.predose.PregnancyTest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PreDoseCheckRequest", description = """
        Vitals and checklist before the dose. Every criterion of the session protocol is checked and every failed one \
        is listed in the 422.""")
public record PreDoseCheckRequest(
        @Schema(description = "Systolic blood pressure, mmHg", example = "128", minimum = "40", maximum = "300", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 40, message = "must be between 40 and 300") @Max(value = 300, message = "must be between 40 and 300") Integer systolic,
        @Schema(description = "Diastolic blood pressure, mmHg", example = "82", minimum = "20", maximum = "200", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 20, message = "must be between 20 and 200") @Max(value = 200, message = "must be between 20 and 200") Integer diastolic,
        @Schema(description = "Heart rate, beats per minute", example = "76", minimum = "20", maximum = "250", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 20, message = "must be between 20 and 250") @Max(value = 250, message = "must be between 20 and 250") Integer heartRate,
        @Schema(description = "Oxygen saturation, %", example = "98", minimum = "50", maximum = "100", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 50, message = "must be between 50 and 100") @Max(value = 100, message = "must be between 50 and 100") Integer spo2,
        @Schema(description = "Weight of the day in kg (mg/kg doses are computed from it)", example = "72.5", minimum = "20", maximum = "400", required = true)
        @NotNull(message = "is required") @DecimalMin(value = "20", message = "must be between 20 and 400") @DecimalMax(value = "400", message = "must be between 20 and 400")
        @Digits(integer = 3, fraction = 1, message = "must have at most 1 decimal") BigDecimal weightKg,
        @Schema(description = "When the patient last ate solid food", example = "2026-05-04T06:30:00Z", required = true)
        @NotNull(message = "is required") Instant lastFoodAt,
        @Schema(description = "When the patient last drank", example = "2026-05-04T08:00:00Z", required = true)
        @NotNull(message = "is required") Instant lastLiquidAt,
        @Schema(description = "An escort will take the patient home (no driving until the next day)", example = "true", required = true)
        @NotNull(message = "is required") Boolean escortConfirmed,
        @Schema(description = "Pregnancy test: NEGATIVE, POSITIVE, NOT_DONE, or NOT_APPLICABLE when the patient cannot be pregnant", example = "NOT_APPLICABLE", required = true)
        @NotNull(message = "is required") PregnancyTest pregnancyTest,
        @Schema(description = "A medication that interacts with ketamine was started since screening", example = "false", required = true)
        @NotNull(message = "is required") Boolean newInteractingMedication,
        @Schema(description = "Which medication, when there is one", example = "tranylcypromine 10 mg", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String newMedicationDetails,
        @Schema(description = "Concomitant medications taken (REMS monitoring form)", required = true)
        @NotNull(message = "is required") @Valid ConcomitantMedications concomitantMedications,
        @Schema(description = "Clinician override of the blood-pressure limit, with reason; only where the session protocol allows it",
                example = "Known white-coat hypertension, cardiology clearance on file", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String bloodPressureOverrideReason,
        @Schema(description = "Clinician's confirmation, with reason, of a weight of the day that differs from the patient's last recorded "
                + "weight by more than the protocol's percentage; only a clinician may give it",
                example = "Weighed twice; 9 kg lost since chemotherapy started, confirmed with the oncology notes", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String weightConfirmationReason) {
}
