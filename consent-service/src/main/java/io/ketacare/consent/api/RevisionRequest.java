package io.ketacare.consent.api;

import io.ketacare.consent.domain.plan.DoseRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentPlanRevisionRequest", description = "The plan's new content with the rationale; the route stays that of the plan")
public record RevisionRequest(
        @Schema(description = "Why the plan is revised", example = "Partial response after 4 sessions; dose raised", maxLength = 2000, required = true)
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String rationale,
        @Schema(description = "Indication", example = "Treatment-resistant major depressive disorder", maxLength = 500, required = true)
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String indication,
        @Schema(description = "The dose rule", required = true) @NotNull(message = "is required") @Valid DoseDto dose,
        @Schema(description = "Intranasal only: first induction dose in mg (must be 56)", example = "56", minimum = "0.001", maximum = "10000")
        @DecimalMin(value = "0.001", message = "must be positive") @DecimalMax(value = "10000", message = "must be at most 10000") BigDecimal firstDoseMg,
        @Schema(description = "IV only: infusion duration in minutes (protocol 2–100, default 40)", example = "40", minimum = "1", maximum = "1000", format = "int32")
        @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000, message = "must be between 1 and 1000") Integer infusionMinutes,
        @Schema(description = "Schedule phases in order", maxItems = 20, required = true)
        @NotEmpty(message = "must name at least one phase") @Size(max = 20, message = "must have at most 20 phases") List<@Valid @NotNull PhaseDto> phases,
        @Schema(description = "Estimated number of sessions", example = "8", minimum = "1", maximum = "500", format = "int32", required = true)
        @Min(value = 1, message = "must be between 1 and 500") @Max(value = 500, message = "must be between 1 and 500") int estimatedSessions) {

    DoseRule toDoseRule() {
        return new DoseRule(null, dose.unit(), dose.value(), firstDoseMg, infusionMinutes);
    }
}
