package io.ketacare.patient.api;

import io.ketacare.patient.domain.record.Condition;
import io.ketacare.patient.domain.record.ConditionKind;
import io.ketacare.patient.domain.record.ConditionStatus;
import io.ketacare.patient.domain.record.Severity;
import io.ketacare.platform.audit.PatientScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Condition", description = "A diagnosis or psychiatric or medical history item of a patient")
public record ConditionResponse(
        @Schema(description = "Condition id", example = "3d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "What the condition is", example = "MAJOR_DEPRESSIVE_DISORDER") ConditionKind kind,
        @Schema(description = "ICD-10 code", example = "F33.1", maxLength = 8) String icd10Code,
        @Schema(description = "Description", example = "Major depressive disorder, recurrent, moderate", maxLength = 200) String description,
        @Schema(description = "Clinical status", example = "ACTIVE") ConditionStatus status,
        @Schema(description = "Severity, when recorded", example = "MODERATE") Severity severity,
        @Schema(description = "When the condition began", example = "2019-05-01") LocalDate onsetDate,
        @Schema(description = "Last use (substance use disorder)", example = "2024-02-10") LocalDate lastUseDate,
        @Schema(description = "Free-text note", example = "Two prior episodes", maxLength = 1000) String note,
        @Schema(description = "User who recorded it", example = "clinician1", maxLength = 200) String recordedBy,
        @Schema(description = "When it was recorded") Instant createdAt,
        @Schema(description = "When it last changed") Instant updatedAt,
        @Schema(description = "Version, also the ETag", example = "0", minimum = "0", maximum = "1000000000", format = "int64") long version)
        implements PatientScoped {

    static ConditionResponse of(Condition c) {
        return new ConditionResponse(c.id, c.patientId, c.kind, c.icd10Code, c.description, c.status, c.severity, c.onsetDate,
                c.lastUseDate, c.note, c.recordedBy, c.createdAt, c.updatedAt, c.version);
    }
}
