package io.ketacare.patient.api;

import io.ketacare.patient.domain.record.TreatmentEntry;
import io.ketacare.patient.domain.record.TreatmentOutcome;
import io.ketacare.patient.domain.record.TreatmentType;
import io.ketacare.platform.audit.PatientScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentHistoryEntry", description = "A prior treatment of a patient")
public record TreatmentResponse(
        @Schema(description = "Entry id", example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Kind of treatment", example = "ANTIDEPRESSANT_TRIAL") TreatmentType type,
        @Schema(description = "Drug or kind of therapy", example = "Escitalopram", maxLength = 100) String drug,
        @Schema(description = "Highest daily dose in mg", example = "20", minimum = "0", maximum = "100000") BigDecimal dailyDoseMg,
        @Schema(description = "Duration in weeks", example = "8", minimum = "0", maximum = "1000", format = "int32") Integer durationWeeks,
        @Schema(description = "Whether dose and duration were adequate", example = "true") Boolean adequate,
        @Schema(description = "How it ended", example = "NO_RESPONSE") TreatmentOutcome outcome,
        @Schema(description = "Whether it counts towards treatment-resistant depression", example = "true") boolean failedAdequateTrial,
        @Schema(description = "Start date", example = "2022-01-10") LocalDate startDate,
        @Schema(description = "End date", example = "2022-03-07") LocalDate endDate,
        @Schema(description = "Free-text note", example = "Stopped for lack of effect", maxLength = 1000) String note,
        @Schema(description = "User who recorded it", example = "clinician1", maxLength = 200) String recordedBy,
        @Schema(description = "When it was recorded") Instant createdAt,
        @Schema(description = "Version, also the ETag", example = "0", minimum = "0", maximum = "1000000000", format = "int64") long version)
        implements PatientScoped {

    static TreatmentResponse of(TreatmentEntry t) {
        return new TreatmentResponse(t.id, t.patientId, t.type, t.drug, t.dailyDoseMg, t.durationWeeks, t.adequate, t.outcome,
                t.isFailedAdequateTrial(), t.startDate, t.endDate, t.note, t.recordedBy, t.createdAt, t.version);
    }
}
