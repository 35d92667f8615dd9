package io.ketacare.gateway.client.patient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The eligibility decision in force as patient-service publishes it (schema {@code Eligibility}). */
public record EligibilityRecord(UUID patientId, String status, Instant decidedAt, List<Reason> reasons, UUID screeningId,
        Integer protocolVersion, Boolean stale, Integer failedAdequateTrials, Boolean treatmentResistantDepression,
        Instant evaluatedAt) {

    /** One rule that decided it (schema {@code EligibilityReason}). */
    public record Reason(String code, String effect, String determination, String message) {
    }

    public List<Reason> reasonsOrEmpty() {
        return reasons == null ? List.of() : reasons;
    }
}
