package io.ketacare.session.api;

import io.ketacare.session.domain.Route;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionRouteRule", description = "Per-route numbers of the session protocol")
public record RouteRuleDto(
        @Schema(description = "Route", example = "INTRANASAL", required = true) @NotNull(message = "is required") Route route,
        @Schema(description = "Minimum observation after the end of dosing, minutes", example = "120", minimum = "0", maximum = "600", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 600") @Max(value = 600, message = "must be between 0 and 600") Integer minimumObservationMinutes,
        @Schema(description = "Time to give the dose, minutes (booking length = this + minimum observation)", example = "15", minimum = "0", maximum = "240", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 240") @Max(value = 240, message = "must be between 0 and 240") Integer dosingMinutes,
        @Schema(description = "Tolerance of a mg/kg dose against the plan, percent", example = "5", minimum = "0", maximum = "50", required = true)
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be between 0 and 50") @DecimalMax(value = "50", message = "must be between 0 and 50") BigDecimal doseTolerancePercent,
        @Schema(description = "Fixed doses allowed in mg (intranasal: 28, 56, 84); empty when any dose per the plan is allowed", maxItems = 10)
        @NotNull(message = "is required (may be empty)") @Size(max = 10, message = "must have at most 10 doses")
        List<@NotNull @DecimalMin(value = "0.1", message = "must be positive") BigDecimal> allowedFixedDosesMg,
        @Schema(description = "Minutes without liquids before the dose", example = "30", minimum = "0", maximum = "1440", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 1440") @Max(value = 1440, message = "must be between 0 and 1440") Integer fastingLiquidMinutes,
        @Schema(description = "Devices of a fixed-dose route (intranasal) are given at least this many minutes apart, each device time charted; 0: the route has no devices; absent: carried over from the current version",
                example = "5", minimum = "0", maximum = "60", format = "int32")
        @Min(value = 0, message = "must be between 0 and 60") @Max(value = 60, message = "must be between 0 and 60") Integer deviceIntervalMinutes,
        @Schema(description = "Absolute ceiling of one dose by this route, mg, whatever the plan says; absent: carried over from the current version",
                example = "84", minimum = "0.01", maximum = "1000")
        @DecimalMin(value = "0.01", message = "must be between 0.01 and 1000") @DecimalMax(value = "1000", message = "must be between 0.01 and 1000")
        @jakarta.validation.constraints.Digits(integer = 4, fraction = 2, message = "must have at most 2 decimals") BigDecimal maxDoseMg,
        @Schema(description = "Vitals schedule: time points after the dose start, minutes (e.g. 0 and 40); absent: carried over from the current version",
                example = "[0, 40]", maxItems = 20)
        @Size(max = 20, message = "must have at most 20 time points")
        List<@NotNull @Min(value = 0, message = "must be between 0 and 1440") @Max(value = 1440, message = "must be between 0 and 1440") Integer> vitalsDueMinutes,
        @Schema(description = "Vitals schedule: during dosing (an infusion), vitals every this many minutes from the start until its end; 0: none; absent: carried over from the current version",
                example = "10", minimum = "0", maximum = "240", format = "int32")
        @Min(value = 0, message = "must be between 0 and 240") @Max(value = 240, message = "must be between 0 and 240") Integer vitalsDosingIntervalMinutes,
        @Schema(description = "Vitals schedule: after the end of dosing, vitals every this many minutes until the minimum observation has elapsed; 0: none; absent: carried over from the current version",
                example = "15", minimum = "0", maximum = "240", format = "int32")
        @Min(value = 0, message = "must be between 0 and 240") @Max(value = 240, message = "must be between 0 and 240") Integer vitalsObservationIntervalMinutes) {
}
