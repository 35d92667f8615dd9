package io.ketacare.gateway.client.consent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A treatment plan as consent-service publishes it (schema {@code TreatmentPlan}). */
public record PlanRecord(UUID id, UUID patientId, String status, int planVersion, int protocolVersion, String indication,
        String route, Dose dose, BigDecimal firstDoseMg, Integer infusionMinutes, List<Phase> phases, int estimatedSessions,
        String prescriber, Instant createdAt, String activatedBy, Instant activatedAt, Instant statusChangedAt) {

    /** The dose rule: {@code MG_PER_KG} or {@code MG}. */
    public record Dose(String unit, BigDecimal value) {
    }

    /** One schedule phase, e.g. induction: 4 weeks at 2 sessions a week. */
    public record Phase(String name, int weeks, BigDecimal sessionsPerWeek) {
    }

    public List<Phase> phasesOrEmpty() {
        return phases == null ? List.of() : phases;
    }
}
