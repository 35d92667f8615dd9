package io.ketacare.patient.api;

import io.ketacare.patient.domain.record.TreatmentData;
import io.ketacare.patient.domain.record.TreatmentOutcome;
import io.ketacare.patient.domain.record.TreatmentType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentHistoryRequest", description = "A prior treatment. An ANTIDEPRESSANT_TRIAL needs drug and adequate.")
public record TreatmentRequest(
        @NotNull(message = "is required (ANTIDEPRESSANT_TRIAL, PSYCHOTHERAPY, ECT, TMS or OTHER)")
        @Schema(description = "Kind of treatment", example = "ANTIDEPRESSANT_TRIAL", required = true)
        TreatmentType type,

        @Size(max = 100, message = "must be at most 100 characters")
        @Schema(description = "Drug (antidepressant trials), or the kind of therapy", example = "Escitalopram", maxLength = 100)
        String drug,

        @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "100000", message = "must be at most 100000")
        @Digits(integer = 6, fraction = 3, message = "must have at most 3 decimals")
        @Schema(description = "Highest daily dose reached, in mg", example = "20", minimum = "0", maximum = "100000")
        BigDecimal dailyDoseMg,

        @Min(value = 0, message = "must be 0 or more") @Max(value = 1000, message = "must be at most 1000")
        @Schema(description = "Duration in weeks", example = "8", minimum = "0", maximum = "1000", format = "int32")
        Integer durationWeeks,

        @Schema(description = "Whether dose and duration were adequate (required for an antidepressant trial)", example = "true")
        Boolean adequate,

        @NotNull(message = "is required (REMISSION, RESPONSE, PARTIAL_RESPONSE, NO_RESPONSE, NOT_TOLERATED or UNKNOWN)")
        @Schema(description = "How it ended; PARTIAL_RESPONSE and NO_RESPONSE of an adequate trial count as failed", example = "NO_RESPONSE",
                required = true)
        TreatmentOutcome outcome,

        @PastOrPresent(message = "must not be in the future")
        @Schema(description = "Start date", example = "2022-01-10")
        LocalDate startDate,

        @PastOrPresent(message = "must not be in the future")
        @Schema(description = "End date", example = "2022-03-07")
        LocalDate endDate,

        @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(description = "Free-text note", example = "Stopped for lack of effect", maxLength = 1000)
        String note) {

    TreatmentData toData() {
        return new TreatmentData(type, drug == null ? null : drug.trim(), dailyDoseMg, durationWeeks, adequate, outcome, startDate,
                endDate, note);
    }
}
