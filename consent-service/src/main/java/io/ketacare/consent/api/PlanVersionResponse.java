package io.ketacare.consent.api;

import io.ketacare.consent.domain.plan.PlanVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentPlanVersion", description = "One immutable version of a plan: as drafted (1) or as revised, with the rationale")
public record PlanVersionResponse(
        @Schema(description = "Plan id", example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID planId,
        @Schema(description = "Plan version", example = "2", minimum = "1", maximum = "1000000", format = "int32") int planVersion,
        @Schema(description = "Route protocol version it was checked against", example = "1", minimum = "1", maximum = "1000000", format = "int32")
        int protocolVersion,
        @Schema(description = "Indication", example = "Treatment-resistant major depressive disorder", maxLength = 500) String indication,
        @Schema(description = "The dose rule") DoseDto dose,
        @Schema(description = "Intranasal first induction dose in mg", example = "56", minimum = "0", maximum = "10000") BigDecimal firstDoseMg,
        @Schema(description = "IV infusion duration in minutes", example = "40", minimum = "1", maximum = "1000", format = "int32") Integer infusionMinutes,
        @Schema(description = "Schedule phases in order", maxItems = 20) List<PhaseDto> phases,
        @Schema(description = "Estimated number of sessions", example = "8", minimum = "1", maximum = "500", format = "int32") int estimatedSessions,
        @Schema(description = "Why it was revised; absent for version 1", example = "Partial response after 4 sessions", maxLength = 2000) String rationale,
        @Schema(description = "Who drafted or revised it", example = "clinician1", maxLength = 200) String recordedBy,
        @Schema(description = "When") Instant recordedAt) {

    static PlanVersionResponse of(PlanVersion v) {
        return new PlanVersionResponse(v.planId, v.planVersion, v.protocolVersion, v.indication, new DoseDto(v.doseUnit, Decimals.plain(v.doseValue)),
                Decimals.plain(v.firstDoseMg), v.infusionMinutes, v.phases.stream().map(PhaseDto::of).toList(), v.estimatedSessions, v.rationale,
                v.recordedBy, v.recordedAt);
    }
}
