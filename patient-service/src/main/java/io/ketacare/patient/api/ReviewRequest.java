package io.ketacare.patient.api;

import io.ketacare.patient.domain.screening.ReviewDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRequest", description = "A clinician's decision on a NEEDS_REVIEW screening, with the reason")
public record ReviewRequest(
        @NotNull(message = "is required (ELIGIBLE or INELIGIBLE)")
        @Schema(description = "ELIGIBLE or INELIGIBLE; ELIGIBLE is refused (422) while an absolute contraindication stands", example = "ELIGIBLE",
                required = true) ReviewDecision decision,
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(description = "Why", example = "BP 146/88 rechecked at 132/84 after rest; cardiology cleared", maxLength = 1000, required = true)
        String reason) {
}
