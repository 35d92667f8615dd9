package io.ketacare.patient.api;

import io.ketacare.patient.domain.record.Medication;
import io.ketacare.patient.domain.record.MedicationClass;
import io.ketacare.patient.domain.record.MedicationStatus;
import io.ketacare.platform.audit.PatientScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Medication", description = "A medication a patient takes or took")
public record MedicationResponse(
        @Schema(description = "Medication id", example = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Drug name", example = "Sertraline", maxLength = 100) String name,
        @Schema(description = "Drug class", example = "ANTIDEPRESSANT") MedicationClass medicationClass,
        @Schema(description = "Total daily dose in mg", example = "100", minimum = "0", maximum = "100000") BigDecimal dailyDoseMg,
        @Schema(description = "Daily dose in mg lorazepam-equivalent (benzodiazepines)", example = "1.5", minimum = "0", maximum = "1000")
        BigDecimal lorazepamEquivalentMgPerDay,
        @Schema(description = "Status", example = "ACTIVE") MedicationStatus status,
        @Schema(description = "Start date", example = "2024-06-01") LocalDate startDate,
        @Schema(description = "End date", example = "2025-01-15") LocalDate endDate,
        @Schema(description = "Free-text note", example = "Taken in the morning", maxLength = 1000) String note,
        @Schema(description = "User who recorded it", example = "nurse1", maxLength = 200) String recordedBy,
        @Schema(description = "When it was recorded") Instant createdAt,
        @Schema(description = "When it last changed") Instant updatedAt,
        @Schema(description = "Version, also the ETag", example = "0", minimum = "0", maximum = "1000000000", format = "int64") long version)
        implements PatientScoped {

    static MedicationResponse of(Medication m) {
        return new MedicationResponse(m.id, m.patientId, m.name, m.medicationClass, m.dailyDoseMg, m.lorazepamEquivalentMgPerDay,
                m.status, m.startDate, m.endDate, m.note, m.recordedBy, m.createdAt, m.updatedAt, m.version);
    }
}
