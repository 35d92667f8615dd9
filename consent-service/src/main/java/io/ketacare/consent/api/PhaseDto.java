package io.ketacare.consent.api;

import io.ketacare.consent.domain.plan.Phase;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchedulePhase", description = "One schedule phase, e.g. induction: 4 weeks at 2 sessions a week")
public record PhaseDto(
        @Schema(description = "Name of the phase", example = "induction", maxLength = 100, required = true)
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
        @Schema(description = "Length in weeks", example = "4", minimum = "1", maximum = "520", format = "int32", required = true)
        @Min(value = 1, message = "must be between 1 and 520") @Max(value = 520, message = "must be between 1 and 520") int weeks,
        @Schema(description = "Sessions a week (0.5 = every 2 weeks)", example = "2", minimum = "0.1", maximum = "7", required = true)
        @NotNull(message = "is required") @DecimalMin(value = "0.1", message = "must be between 0.1 and 7")
        @DecimalMax(value = "7", message = "must be between 0.1 and 7") BigDecimal sessionsPerWeek) {

    Phase toPhase() {
        return Phase.of(name.trim(), weeks, sessionsPerWeek);
    }

    static PhaseDto of(Phase p) {
        return new PhaseDto(p.name, p.weeks, Decimals.plain(p.sessionsPerWeek));
    }
}
