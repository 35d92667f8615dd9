package io.ketacare.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One failed criterion of a clinical rule: its code, what was seen and what would pass. */
@Schema(description = "One criterion of a clinical rule that is not met")
public record Criterion(
        @Schema(description = "Stable code of the criterion", example = "SYSTOLIC_TOO_HIGH", maxLength = 100) String code,
        @Schema(description = "Human-readable explanation, including what would pass", example = "systolic 152 mmHg exceeds the protocol limit of 140 mmHg", maxLength = 500) String message) {
}
