package io.ketacare.patient.api;

import io.ketacare.patient.domain.record.MedicationClass;
import io.ketacare.patient.domain.record.MedicationData;
import io.ketacare.patient.domain.record.MedicationStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MedicationRequest", description = "A medication, to record or to revise (stop it, or mark it entered in error)")
public record MedicationRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(description = "Drug name", example = "Sertraline", maxLength = 100, required = true)
        String name,

        @NotNull(message = "is required")
        @Schema(description = "Drug class; MAOI, PSYCHOSTIMULANT, BENZODIAZEPINE, OPIOID, OTHER_CNS_DEPRESSANT and LAMOTRIGINE matter for interactions",
                example = "ANTIDEPRESSANT", required = true)
        MedicationClass medicationClass,

        @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "100000", message = "must be at most 100000")
        @Digits(integer = 6, fraction = 3, message = "must have at most 3 decimals")
        @Schema(description = "Total daily dose in mg", example = "100", minimum = "0", maximum = "100000")
        BigDecimal dailyDoseMg,

        @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "1000", message = "must be at most 1000")
        @Digits(integer = 4, fraction = 3, message = "must have at most 3 decimals")
        @Schema(description = "For a BENZODIAZEPINE (and only then, required): the daily dose in mg lorazepam-equivalent",
                example = "1.5", minimum = "0", maximum = "1000")
        BigDecimal lorazepamEquivalentMgPerDay,

        @NotNull(message = "is required (ACTIVE, STOPPED or ENTERED_IN_ERROR)")
        @Schema(description = "ACTIVE for a current medication", example = "ACTIVE", required = true)
        MedicationStatus status,

        @PastOrPresent(message = "must not be in the future")
        @Schema(description = "When the patient started it", example = "2024-06-01")
        LocalDate startDate,

        @Schema(description = "When the patient stopped it (or plans to)", example = "2025-01-15")
        LocalDate endDate,

        @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(description = "Free-text note", example = "Taken in the morning", maxLength = 1000)
        String note) {

    MedicationData toData() {
        return new MedicationData(name.trim(), medicationClass, dailyDoseMg, lorazepamEquivalentMgPerDay, status, startDate, endDate, note);
    }
}
