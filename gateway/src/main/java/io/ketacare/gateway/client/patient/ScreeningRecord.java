package io.ketacare.gateway.client.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A medical screening as patient-service publishes it (schema {@code Screening}); the gateway reads its baseline vitals. */
public record ScreeningRecord(UUID id, UUID patientId, int protocolVersion, Instant screenedAt, String screenedBy, Vitals vitals,
        String outcome, String decision, long version) {

    /** Baseline vitals taken at screening (schema {@code Vitals}). */
    public record Vitals(Integer systolicMmHg, Integer diastolicMmHg, Integer heartRateBpm, Integer spo2Percent, BigDecimal weightKg) {
    }
}
