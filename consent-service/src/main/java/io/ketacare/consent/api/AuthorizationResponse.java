package io.ketacare.consent.api;

import io.ketacare.consent.domain.document.Route;
import io.ketacare.consent.domain.plan.Authorization;
import io.ketacare.consent.domain.plan.TreatmentPlan;
import io.ketacare.platform.audit.PatientScoped;
import io.ketacare.platform.problem.Criterion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentAuthorization", description = """
        Whether the patient may be treated by the route now: an ACTIVE plan for the route, an ACTIVE, current, unexpired \
        consent covering it, an ELIGIBLE patient (asked of patient-service now) and, for intranasal, REMS enrollment. \
        authorized is false whenever any of these is missing or cannot be checked.""")
public record AuthorizationResponse(
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Route asked about", example = "IV") Route route,
        @Schema(description = "True only when every prerequisite holds now", example = "true") boolean authorized,
        @Schema(description = "Each unmet or unverifiable prerequisite; empty when authorized", maxItems = 20) List<Criterion> reasons,
        @Schema(description = "The consent covering the route", example = "3d9a4c1e-2b7f-4e8a-9c6d-5f4e3d2c1b0a") UUID consentId,
        @Schema(description = "When that consent expires") Instant consentExpiresAt,
        @Schema(description = "The ACTIVE plan for the route", example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID planId,
        @Schema(description = "Version of that plan", example = "1", minimum = "1", maximum = "1000000", format = "int32") Integer planVersion,
        @Schema(description = "Route protocol version of that plan", example = "1", minimum = "1", maximum = "1000000", format = "int32")
        Integer protocolVersion,
        @Schema(description = "The plan's dose rule") DoseDto dose,
        @Schema(description = "Intranasal first induction dose in mg", example = "56", minimum = "0", maximum = "10000") BigDecimal firstDoseMg,
        @Schema(description = "IV infusion duration in minutes", example = "40", minimum = "1", maximum = "1000", format = "int32") Integer infusionMinutes,
        @Schema(description = "The instant this answer describes") Instant evaluatedAt) implements PatientScoped {

    static AuthorizationResponse of(Authorization a) {
        TreatmentPlan p = a.plan();
        return new AuthorizationResponse(a.patientId(), a.route(), a.authorized(), a.reasons(),
                a.consent() == null ? null : a.consent().consent().id, a.consent() == null ? null : a.consent().consent().expiresAt,
                p == null ? null : p.id, p == null ? null : p.planVersion, p == null ? null : p.protocolVersion,
                p == null ? null : new DoseDto(p.doseUnit, Decimals.plain(p.doseValue)), p == null ? null : Decimals.plain(p.firstDoseMg),
                p == null ? null : p.infusionMinutes, a.evaluatedAt());
    }
}
