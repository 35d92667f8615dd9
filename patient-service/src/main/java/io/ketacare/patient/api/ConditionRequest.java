package io.ketacare.patient.api;

import io.ketacare.patient.domain.record.ConditionData;
import io.ketacare.patient.domain.record.ConditionKind;
import io.ketacare.patient.domain.record.ConditionStatus;
import io.ketacare.patient.domain.record.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConditionRequest", description = "A diagnosis or psychiatric or medical history item, to record or to revise")
public record ConditionRequest(
        @NotNull(message = "is required")
        @Schema(description = "What the condition is, as the screening rules read it", example = "MAJOR_DEPRESSIVE_DISORDER", required = true)
        ConditionKind kind,

        @Pattern(regexp = "[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?", message = "must be an ICD-10 code such as F33.1")
        @Schema(description = "ICD-10 code", example = "F33.1", pattern = "^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$", maxLength = 8)
        String icd10Code,

        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        @Schema(description = "Description as the clinician names it", example = "Major depressive disorder, recurrent, moderate",
                maxLength = 200, required = true)
        String description,

        @NotNull(message = "is required (ACTIVE, IN_REMISSION, RESOLVED or ENTERED_IN_ERROR)")
        @Schema(description = "Clinical status; a mistaken entry is ENTERED_IN_ERROR, never deleted", example = "ACTIVE", required = true)
        ConditionStatus status,

        @Schema(description = "Severity where it matters (hepatic impairment: Child-Pugh A = MILD, B = MODERATE, C = SEVERE)", example = "MODERATE")
        Severity severity,

        @PastOrPresent(message = "must not be in the future")
        @Schema(description = "When the condition began", example = "2019-05-01")
        LocalDate onsetDate,

        @PastOrPresent(message = "must not be in the future")
        @Schema(description = "Last use, for SUBSTANCE_USE_DISORDER only", example = "2024-02-10")
        LocalDate lastUseDate,

        @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(description = "Free-text note", example = "Two prior episodes", maxLength = 1000)
        String note) {

    ConditionData toData() {
        return new ConditionData(kind, icd10Code, description.trim(), status, severity, onsetDate, lastUseDate, note);
    }
}
