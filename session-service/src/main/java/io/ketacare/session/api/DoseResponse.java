package io.ketacare.session.api;

import io.ketacare.session.domain.Route;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DoseGiven", description = "The dose given in a session, with the plan version it matched")
public record DoseResponse(
        @Schema(description = "Route", example = "INTRANASAL") Route route,
        @Schema(description = "Total dose in mg", example = "56", minimum = "0", maximum = "1000") BigDecimal doseMg,
        @Schema(description = "Dose per kg of the weight of the day (mg/kg plans)", example = "0.5", minimum = "0", maximum = "100") BigDecimal mgPerKg,
        @Schema(description = "Weight of the day, kg", example = "72.5", minimum = "20", maximum = "400") BigDecimal weightKg,
        @Schema(description = "Lot number", example = "LOT-24A117", maxLength = 50) String lotNumber,
        @Schema(description = "Intranasal devices used", example = "2", minimum = "1", maximum = "3", format = "int32") Integer devices,
        @Schema(description = "Start of dosing") Instant startedAt,
        @Schema(description = "End of dosing") Instant endedAt,
        @Schema(description = "Plan dosed under", example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID planId,
        @Schema(description = "Plan version dosed under", example = "1", minimum = "1", maximum = "1000000", format = "int32") int planVersion,
        @Schema(description = "Consent that authorized the dose", example = "3d9a4c1e-2b7f-4e8a-9c6d-5f4e3d2c1b0a") UUID consentId,
        @Schema(description = "Who gave it", example = "nurse1", maxLength = 200) String givenBy,
        @Schema(description = "Charted more than the protocol's charting allowance after it happened (start, or end at completion)", example = "false") boolean lateEntry,
        @Schema(description = "Why it was charted late", example = "Charted after the patient's vasovagal episode was managed", maxLength = 1100) String lateEntryReason,
        @Schema(description = "Who charted the late entry", example = "nurse1", maxLength = 200) String lateEntryBy,
        @Schema(description = "Intranasal: when each device was given", maxItems = 3) List<Instant> deviceTimes,
        @Schema(description = "When the server received the end of dosing (the observation minimum never counts from earlier than this less the charting allowance)")
        Instant endRecordedAt,
        @Schema(description = "Infusions: the plan's infusion minutes the charted duration was held against", example = "40", minimum = "1", maximum = "1000", format = "int32")
        Integer plannedInfusionMinutes) {
}
