package io.ketacare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentWithdrawalRequest", description = "Withdrawal of a consent, effective at once; the reason is kept")
public record WithdrawalRequest(
        @Schema(description = "Why the consent is withdrawn", example = "Patient no longer wishes to continue treatment", maxLength = 2000, required = true)
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
