package io.ketacare.consent.api;

import io.ketacare.consent.domain.document.Route;
import io.ketacare.consent.domain.plan.PlanStatus;
import io.ketacare.consent.domain.plan.TreatmentPlan;
import io.ketacare.platform.audit.PatientScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentPlan", description = "A treatment plan with the protocol version its dose was checked against")
public record PlanResponse(
        @Schema(description = "Plan id", example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "DRAFT, ACTIVE, PAUSED, COMPLETED or CANCELLED; only ACTIVE authorizes treatment", example = "ACTIVE") PlanStatus status,
        @Schema(description = "Plan version", example = "1", minimum = "1", maximum = "1000000", format = "int32") int planVersion,
        @Schema(description = "Route protocol version the dose was checked against", example = "1", minimum = "1", maximum = "1000000", format = "int32")
        int protocolVersion,
        @Schema(description = "Indication", example = "Treatment-resistant major depressive disorder", maxLength = 500) String indication,
        @Schema(description = "Route", example = "IV") Route route,
        @Schema(description = "The dose rule") DoseDto dose,
        @Schema(description = "Intranasal first induction dose in mg", example = "56", minimum = "0", maximum = "10000") BigDecimal firstDoseMg,
        @Schema(description = "IV infusion duration in minutes", example = "40", minimum = "1", maximum = "1000", format = "int32") Integer infusionMinutes,
        @Schema(description = "Schedule phases in order", maxItems = 20) List<PhaseDto> phases,
        @Schema(description = "Estimated number of sessions", example = "6", minimum = "1", maximum = "500", format = "int32") int estimatedSessions,
        @Schema(description = "Prescriber (the clinician who drafted it)", example = "clinician1", maxLength = 200) String prescriber,
        @Schema(description = "When it was drafted") Instant createdAt,
        @Schema(description = "Who activated it", example = "clinician1", maxLength = 200) String activatedBy,
        @Schema(description = "When it was activated") Instant activatedAt,
        @Schema(description = "Who last paused, resumed, completed or cancelled it", example = "clinician1", maxLength = 200) String statusChangedBy,
        @Schema(description = "When that happened") Instant statusChangedAt,
        @Schema(description = "Why", example = "Hypertensive episode in the last session; pause until cardiology review", maxLength = 2000)
        String statusReason) implements PatientScoped {

    static PlanResponse of(TreatmentPlan p) {
        return new PlanResponse(p.id, p.patientId, p.status, p.planVersion, p.protocolVersion, p.indication, p.route,
                new DoseDto(p.doseUnit, Decimals.plain(p.doseValue)), Decimals.plain(p.firstDoseMg),
                p.infusionMinutes, p.phases.stream().map(PhaseDto::of).toList(), p.estimatedSessions, p.prescriber, p.createdAt,
                p.activatedBy, p.activatedAt, p.statusChangedBy, p.statusChangedAt, p.statusReason);
    }
}
