package io.ketacare.consent.api;

import io.ketacare.consent.domain.plan.DoseUnit;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dose", description = "A dose rule: mg per kg of the weight of the day (MG_PER_KG) or a fixed amount (MG)")
public record DoseDto(
        @Schema(description = "MG_PER_KG (IV, IM, oral) or MG (oral fixed, intranasal)", example = "MG_PER_KG", required = true)
        @NotNull(message = "is required") DoseUnit unit,
        @Schema(description = "The amount in that unit; the route protocol decides what passes", example = "0.5", minimum = "0.001", maximum = "10000", required = true)
        @NotNull(message = "is required") @DecimalMin(value = "0.001", message = "must be positive") @DecimalMax(value = "10000", message = "must be at most 10000")
        @Digits(integer = 5, fraction = 3, message = "must have at most 3 decimals") BigDecimal value) {
}
