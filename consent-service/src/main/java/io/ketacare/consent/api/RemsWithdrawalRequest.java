package io.ketacare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemsWithdrawalRequest", description = "Withdrawal of a REMS enrollment, effective at once; the reason is kept")
public record RemsWithdrawalRequest(
        @Schema(description = "Why the enrollment is withdrawn", example = "Patient moved to another clinic", maxLength = 2000, required = true)
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
