package io.ketacare.gateway.client.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A diagnosis or history item as patient-service publishes it (schema {@code Condition}). */
public record ConditionRecord(UUID id, UUID patientId, String kind, String icd10Code, String description, String status,
        String severity, LocalDate onsetDate, LocalDate lastUseDate, String note, String recordedBy, Instant createdAt,
        Instant updatedAt, long version) {
}
