package io.ketacare.patient.api;

import io.ketacare.patient.domain.screening.Determination;
import io.ketacare.patient.domain.screening.Finding;
import io.ketacare.patient.domain.screening.RuleEffect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityReason", description = "A protocol rule that fired or could not be checked, or a reason about the decision itself")
public record ReasonDto(
        @Schema(description = "Rule code of the protocol, or NOT_SCREENED, RECORD_CHANGED_SINCE_SCREENING", example = "BLOOD_PRESSURE_ABOVE_LIMIT",
                maxLength = 60) String code,
        @Schema(description = "What the rule does: INELIGIBLE (absolute contraindication) or NEEDS_REVIEW", example = "NEEDS_REVIEW")
        RuleEffect effect,
        @Schema(description = "PRESENT when found, UNKNOWN when it could not be checked (never passes)", example = "PRESENT")
        Determination determination,
        @Schema(description = "What was seen and what would pass", example = "blood pressure 152/88 mmHg at screening is above the protocol limit of 140/90 mmHg",
                maxLength = 500) String message) {

    static ReasonDto of(Finding f) {
        return new ReasonDto(f.code(), f.effect(), f.determination(), f.message());
    }
}
