package io.ketacare.gateway.client.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient as patient-service publishes it (schema {@code Patient}). */
public record PatientRecord(UUID id, String mrn, String givenName, String familyName, LocalDate birthDate, String sex,
        String phone, String email, Instant createdAt, Instant updatedAt, long version) {
}
