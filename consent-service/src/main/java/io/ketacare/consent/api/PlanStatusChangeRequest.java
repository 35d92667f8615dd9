package io.ketacare.consent.api;

import io.ketacare.consent.domain.plan.PlanStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanStatusChangeRequest", description = """
        Pausing (PAUSED), resuming (ACTIVE, from PAUSED only), completing (COMPLETED) or cancelling (CANCELLED) a plan; \
        the reason is kept. Activation of a DRAFT has its own endpoint, with its prerequisites.""")
public record PlanStatusChangeRequest(
        @Schema(description = "The state to move to", example = "PAUSED", required = true) @NotNull(message = "is required") PlanStatus status,
        @Schema(description = "Why", example = "Hypertensive episode in the last session; pause until cardiology review", maxLength = 2000,
                required = true)
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
