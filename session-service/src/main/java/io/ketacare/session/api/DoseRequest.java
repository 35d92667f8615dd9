package io.ketacare.session.api;

import io.ketacare.session.domain.Route;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DoseRequest", description = """
        What was given. Authorization is asked again; the dose must match the active plan version (mg/kg × weight of \
        the day within the protocol tolerance, or exactly one of the allowed fixed intranasal doses). Without endedAt \
        the session is DOSING until the dose completion is recorded; with it, the session goes on to MONITORING.""")
public record DoseRequest(
        @Schema(description = "Route given; must be the session's route", example = "INTRANASAL", required = true)
        @NotNull(message = "is required") Route route,
        @Schema(description = "Total dose in mg", example = "56", minimum = "0.1", maximum = "1000", required = true)
        @NotNull(message = "is required") @DecimalMin(value = "0.1", message = "must be between 0.1 and 1000")
        @DecimalMax(value = "1000", message = "must be between 0.1 and 1000") @Digits(integer = 4, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal doseMg,
        @Schema(description = "Lot number of the product", example = "LOT-24A117", maxLength = 50, pattern = "^[A-Za-z0-9._/-]+$", required = true)
        @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters")
        @Pattern(regexp = "^[A-Za-z0-9._/-]+$", message = "may contain letters, digits and . _ / - only") String lotNumber,
        @Schema(description = "Intranasal: number of 28 mg devices used", example = "2", minimum = "1", maximum = "3", format = "int32")
        @Min(value = 1, message = "must be between 1 and 3") @Max(value = 3, message = "must be between 1 and 3") Integer devices,
        @Schema(description = "When dosing started (first device, start of infusion or injection); not in the future, at most the protocol's bounded age in the past",
                example = "2026-05-04T09:20:00Z", required = true)
        @NotNull(message = "is required") Instant startedAt,
        @Schema(description = "When dosing ended (last device, end of infusion); absent while an infusion runs", example = "2026-05-04T09:30:00Z")
        Instant endedAt,
        @Schema(description = "Intranasal: when each device was given, one per device, in order; the first is startedAt, each at least the "
                + "protocol's device interval after the one before; required for intranasal doses, absent for other routes",
                example = "[\"2026-05-04T09:20:00Z\", \"2026-05-04T09:25:00Z\"]", maxItems = 3)
        @Size(max = 3, message = "must have at most 3 device times") List<Instant> deviceTimes,
        @Schema(description = "Why the dose is charted late: required when startedAt lies more than the protocol's charting allowance "
                + "before now (the dose is then marked as a late entry with this reason and the recording user)",
                example = "Charted after the patient's vasovagal episode was managed", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String lateEntryReason) {
}
