package io.ketacare.gateway.client.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A current or past medication as patient-service publishes it (schema {@code Medication}). */
public record MedicationRecord(UUID id, UUID patientId, String name, String medicationClass, BigDecimal dailyDoseMg,
        BigDecimal lorazepamEquivalentMgPerDay, String status, LocalDate startDate, LocalDate endDate, String note,
        String recordedBy, Instant createdAt, Instant updatedAt, long version) {
}
