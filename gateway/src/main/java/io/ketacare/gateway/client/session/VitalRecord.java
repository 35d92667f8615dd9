package io.ketacare.gateway.client.session;

import java.time.Instant;
import java.util.UUID;

/** One stored vitals reading of a session (schema {@code StoredVitalReading}). */
public record VitalRecord(UUID id, String clientReadingId, Instant measuredAt, Integer systolic, Integer diastolic, Integer heartRate,
        Integer spo2, Integer respiratoryRate, String source, String recordedBy) {
}
